list(APPEND PODDECK_CORE_SOURCES
  aws/AwsCredentials.h aws/AwsCredentials.cpp
  aws/AwsConfig.h aws/AwsConfig.cpp
  aws/AwsService.h aws/AwsService.cpp
  aws/SigV4Signer.h aws/SigV4Signer.cpp
  aws/XmlNode.h aws/XmlNode.cpp
  aws/AwsRequest.h aws/AwsRequest.cpp
  aws/AwsResponse.h aws/AwsResponse.cpp
  aws/AwsError.h aws/AwsError.cpp
  aws/RetryPolicy.h aws/RetryPolicy.cpp
  aws/AwsCall.h aws/AwsCall.cpp
  aws/AwsClient.h aws/AwsClient.cpp
  aws/AwsPaginator.h aws/AwsPaginator.cpp
)
