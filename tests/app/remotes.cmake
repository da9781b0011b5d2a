# The remotes GUI (src/app/remotes/): dialog, push/pull/clone through actions, sync badges, share links and
# paste. Folder remotes need no keychain; the S3 case uses a real moto_server with environment credentials.
poddeck_add_test(tst_remotesgui SOURCES tst_remotesgui.cpp LIBS poddeck_gui LABELS "app;MOTO" TIMEOUT 120)

# Not a test: writes docs/screenshots/remotes*.png under Xvfb (see the comment at the top of the file).
add_executable(poddeck_remotes_screenshots remotes_screenshots.cpp)
target_link_libraries(poddeck_remotes_screenshots PRIVATE poddeck_gui)
