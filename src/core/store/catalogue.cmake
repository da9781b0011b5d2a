list(APPEND PODDECK_CORE_SOURCES
  store/Catalogue.h store/Catalogue.cpp store/CatalogueRefs.cpp store/NameRules.h
  store/CatalogueSchema.h store/CatalogueSchema.cpp
  store/CatalogueSql.h store/CatalogueSql.cpp
  store/CatalogueTransaction.h store/CatalogueTransaction.cpp
  store/PodDescription.h store/PodDescription.cpp
  store/PodInfo.h store/RemoteInfo.h
)
