# The remotes GUI (src/app/remotes/): dialog, push/pull/clone through actions, sync badges, share links and
# paste. Folder remotes need no keychain; the S3 case uses a real moto_server with environment credentials.
poddeck_add_test(tst_remotesgui SOURCES tst_remotesgui.cpp LIBS poddeck_gui LABELS "app;moto" TIMEOUT 120)
# The two-teammates story through the window's Push, Clone and Pull actions: a moto S3 bucket as the
# remote and one moto emulator per teammate.
poddeck_add_test(tst_teammates_gui SOURCES tst_teammates_gui.cpp LIBS poddeck_gui LABELS "app;moto" TIMEOUT 180)

# Not a test: writes docs/screenshots/remotes*.png under Xvfb (run by screenshots.sh; see the top of the file).
add_executable(poddeck_remotes_screenshots remotes_screenshots.cpp ScreenshotWriter.h ScreenshotWriter.cpp)
target_link_libraries(poddeck_remotes_screenshots PRIVATE poddeck_gui)
# The pod registry (issue 13): descriptions in Properties, the pod list and the Clone dialog, and
# Remote > Browse Remote… (search, double-click clone, drag onto the instance bar) on a folder remote.
poddeck_add_test(tst_registrygui SOURCES tst_registrygui.cpp LIBS poddeck_gui LABELS app TIMEOUT 120)
