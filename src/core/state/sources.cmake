list(APPEND PODDECK_CORE_SOURCES
  state/ObjectId.h state/ObjectId.cpp
  state/CanonicalJson.h state/CanonicalJson.cpp
  state/AttachmentRef.h state/AttachmentRef.cpp
  state/ResourcePath.h state/ResourcePath.cpp
  state/Resource.h state/Resource.cpp
  state/TreeObject.h state/TreeObject.cpp
  state/Version.h state/Version.cpp
  state/Metamodel.h state/Metamodel.cpp
  state/SecretMask.h state/SecretMask.cpp
)
