list(APPEND PODDECK_CORE_SOURCES
  remote/RemoteUrl.h remote/RemoteUrl.cpp
  remote/RemotePod.h remote/RemotePod.cpp
  remote/PackIndex.h remote/PackIndex.cpp
  remote/Remote.h remote/Remote.cpp
  remote/FolderRemote.h remote/FolderRemote.cpp
  remote/S3Remote.h remote/S3Remote.cpp
  remote/Keychain.h remote/Keychain.cpp
  remote/RemoteCipher.h remote/RemoteCipher.cpp
  remote/EncryptedRemote.h remote/EncryptedRemote.cpp
  remote/ShareCipher.h remote/ShareCipher.cpp
  remote/HttpDownload.h remote/HttpDownload.cpp
)
