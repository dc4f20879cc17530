package errcode

// 关系链系统, part 3: 31000 and up, pending requests, listing and getting
// friends, deleting friends, and following (32xxx).

// SNSGetPendencyInvalidType 获取未决参数错误，请求包中未决参数类型的取值非法，合法取值范围是：“Pendency_Type_ComeIn”、“Pendency_Type_SendOut”和“Pendency_Type_Both”。
//
// Getting pending requests: invalid parameter: the pending request type in
// the request is invalid; valid values are "Pendency_Type_ComeIn",
// "Pendency_Type_SendOut" and "Pendency_Type_Both".
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetPendencyInvalidType Code = 31001

// SNSGetPendencyAddSourceError 获取的好友来源错误，请再次尝试或联系技术客服。
//
// Getting pending requests: the friend source obtained is invalid. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencyAddSourceError Code = 31002

// SNSGetPendencyKeyNotFound 获取未决时主键不存在，请再次尝试或联系技术客服。
//
// Getting pending requests: the primary key does not exist. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencyKeyNotFound Code = 31003

// SNSGetPendencySeqError 获取未决时序列号错误，请再次尝试或联系技术客服。
//
// Getting pending requests: sequence number error. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencySeqError Code = 31004

// SNSGetPendencySeqMetaError 获取未决时序列号元数据错误，请再次尝试或联系技术客服。
//
// Getting pending requests: sequence number metadata error. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencySeqMetaError Code = 31005

// SNSGetPendencyError 获取未决错误，请再次尝试或联系技术客服。
//
// Getting pending requests: error reading the pending requests. Try again,
// or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencyError Code = 31006

// SNSGetPendencyMetaError 获取未决元数据错误，请再次尝试或联系技术客服。
//
// Getting pending requests: metadata error reading the pending requests.
// Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencyMetaError Code = 31007

// SNSGetPendencyNicknameTaskFailed 获取未决昵称执行任务失败，请再次尝试或联系技术客服。
//
// Getting pending requests: failed to run the task that gets the
// nicknames. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencyNicknameTaskFailed Code = 31008

// SNSGetAllFriendsInvalidParameters 拉取所有好友参数错误，请再次尝试或联系技术客服。
//
// Getting all friends: invalid parameters. Try again, or contact technical
// support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsInvalidParameters Code = 31101

// SNSGetAllFriendsTooManyFields 拉取所有好友时字段数目异常，请求包体中的字段数量超过了30个。
//
// Getting all friends: abnormal field count: the request body has more
// than 30 fields.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsTooManyFields Code = 31102

// SNSGetAllFriendsKeyNotFound 拉取所有好友主键不存在，请再次尝试或联系技术客服。
//
// Getting all friends: the primary key does not exist. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsKeyNotFound Code = 31103

// SNSGetAllFriendsGetSeqError 拉取所有好友获取序列号错误，请再次尝试或联系技术客服。
//
// Getting all friends: error getting the sequence number. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsGetSeqError Code = 31104

// SNSGetAllFriendsGetSeqMetaError 拉取所有好友获取序列号元数据错误，请再次尝试或联系技术客服。
//
// Getting all friends: metadata error getting the sequence number. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsGetSeqMetaError Code = 31105

// SNSGetAllFriendsFieldStringError 拉取所有好友获取字段对应的字符串错误，请再次尝试或联系技术客服。
//
// Getting all friends: error getting the string for a field. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsFieldStringError Code = 31106

// SNSGetAllFriendsStdError 拉取所有好友关系链标配信息错误，请再次尝试或联系技术客服。
//
// Getting all friends: error in the relationship-chain standard-field
// info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsStdError Code = 31107

// SNSGetAllFriendsStdGroupError 拉取所有好友关系链标配信息组数据错误，请再次尝试或联系技术客服。
//
// Getting all friends: friend group data error in the relationship-chain
// standard-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsStdGroupError Code = 31108

// SNSGetAllFriendsStdRowError 拉取所有好友关系链标配信息行数据错误，请再次尝试或联系技术客服。
//
// Getting all friends: row data error in the relationship-chain
// standard-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsStdRowError Code = 31109

// SNSGetAllFriendsCustomError 拉取所有好友关系链自定义信息错误，请再次尝试或联系技术客服。
//
// Getting all friends: error in the relationship-chain custom-field info.
// Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsCustomError Code = 31110

// SNSGetAllFriendsCustomRowError 拉取所有好友关系链自定义信息行数据错误，请再次尝试或联系技术客服。
//
// Getting all friends: row data error in the relationship-chain
// custom-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsCustomRowError Code = 31111

// SNSGetAllFriendsRunTaskFailed 拉取所有好友执行任务失败，请再次尝试或联系技术客服。
//
// Getting all friends: failed to run the task. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsRunTaskFailed Code = 31112

// SNSGetFriendInvalidParameters 按列表拉取好友参数错误，请再次尝试或联系技术客服。
//
// Getting friends by list: invalid parameters. Try again, or contact
// technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetFriendInvalidParameters Code = 31201

// SNSGetFriendTooManyFields 按列表拉取好友时字段数目异常，请求包体中的字段数量超过了30个。
//
// Getting friends by list: abnormal field count: the request body has more
// than 30 fields.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetFriendTooManyFields Code = 31202

// SNSGetFriendKeyNotFound 按列表拉取好友主键不存在，请再次尝试或联系技术客服。
//
// Getting friends by list: the primary key does not exist. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendKeyNotFound Code = 31203

// SNSGetFriendStdError 按列表拉取好友关系链标配信息错误，请再次尝试或联系技术客服。
//
// Getting friends by list: error in the relationship-chain standard-field
// info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendStdError Code = 31204

// SNSGetFriendStdGroupError 按列表拉取好友关系链标配信息组数据错误，请再次尝试或联系技术客服。
//
// Getting friends by list: friend group data error in the relationship-chain
// standard-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendStdGroupError Code = 31205

// SNSGetFriendStdRowError 按列表拉取好友关系链标配信息行数据错误，请再次尝试或联系技术客服。
//
// Getting friends by list: row data error in the relationship-chain
// standard-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendStdRowError Code = 31206

// SNSGetFriendCustomError 按列表拉取好友关系链自定义信息错误，请再次尝试或联系技术客服。
//
// Getting friends by list: error in the relationship-chain custom-field
// info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendCustomError Code = 31207

// SNSGetFriendCustomRowError 按列表拉取好友关系链自定义信息行数据错误，请再次尝试或联系技术客服。
//
// Getting friends by list: row data error in the relationship-chain
// custom-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendCustomRowError Code = 31208

// SNSGetFriendRunTaskFailed 按列表拉取好友取执行任务失败，请再次尝试或联系技术客服。
//
// Getting friends by list: failed to run the task. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendRunTaskFailed Code = 31209

// SNSGetFriendFieldStringError 按列表拉取好友获取字段对应的字符串错误，请再次尝试或联系技术客服。
//
// Getting friends by list: error getting the string for a field. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendFieldStringError Code = 31210

// SNSGetFriendNotFound 按列表拉取好友不存在，拉取指定好友，但是指定好友并不在好友表中，调用方可以捕捉该错误给用户一个合理的提示。
//
// Getting friends by list: friend not found: a specified friend is not in
// your friend list. Callers can catch this error and show the user a
// suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetFriendNotFound Code = 31211

// SNSGetFriendCreateTaskFailed 拉取好友新建任务失败，请再次尝试或联系技术客服。
//
// Getting friends: failed to create the task. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendCreateTaskFailed Code = 31212

// SNSGetFriendProfileStdKeyNotFound 拉取好友资料标配信息主键不存在，请再次尝试或联系技术客服。
//
// Getting friend profiles: the primary key of the standard-field info does
// not exist. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendProfileStdKeyNotFound Code = 31213

// SNSGetFriendProfileStdError 拉取好友资料标配信息错误，请再次尝试或联系技术客服。
//
// Getting friend profiles: error in the standard-field info. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendProfileStdError Code = 31214

// SNSGetFriendProfileStdRowError 拉取好友资料标配信息行数据错误，请再次尝试或联系技术客服。
//
// Getting friend profiles: row data error in the standard-field info. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendProfileStdRowError Code = 31215

// SNSGetFriendProfileCustomError 拉取好友资料自定义信息错误，请再次尝试或联系技术客服。
//
// Getting friend profiles: error in the custom-field info. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendProfileCustomError Code = 31216

// SNSGetFriendProfileCustomRowError 拉取好友资料自定义行数据错误，请再次尝试或联系技术客服。
//
// Getting friend profiles: custom-field row data error. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendProfileCustomRowError Code = 31217

// SNSDeleteFriendInvalidCount 删除好友的请求个数非法，删除好友请求包中的好友个数为0或者大于1000。
//
// Deleting friends: invalid request count: the number of friends in the
// delete request is 0 or more than 1000.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSDeleteFriendInvalidCount Code = 31701

// SNSDeleteFriendInvalidType 删除好友的请求类型非法，删除好友请求包中的类型取值非法，合法取值范围是：“Delete_Type_Single”、“Delete_Type_Both”。
//
// Deleting friends: invalid request type: the type in the delete request
// is invalid; valid values are "Delete_Type_Single" and
// "Delete_Type_Both".
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSDeleteFriendInvalidType Code = 31702

// SNSDeleteFriendCheckForwardStdFailed 校验正向的标配数据失败，请再次尝试或联系技术客服。
//
// Deleting friends: failed to verify the forward standard-field data. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteFriendCheckForwardStdFailed Code = 31703

// SNSDeleteFriendNonFriend 请求删除的号码不是好友，调用方可以捕捉该错误码给用户一个合理的提示。
//
// Deleting friends: the account requested for deletion is not a friend.
// Callers can catch this error and show the user a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_DEL_NONFRIEND. Sources: document|webpage|sdk.
const SNSDeleteFriendNonFriend Code = 31704

// SNSDeleteFriendForwardStdFailed 删除正向的标配数据失败，请再次尝试或联系技术客服。
//
// Deleting friends: failed to delete the forward standard-field data. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteFriendForwardStdFailed Code = 31705

// SNSDeleteFriendReverseFailed 删除反向数据失败，请再次尝试或联系技术客服。
//
// Deleting friends: failed to delete the reverse data. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteFriendReverseFailed Code = 31706

// SNSDeleteFriendSecurityRestricted 恶意删好友请求，删除频率过快，请再次尝试或联系技术客服。
//
// Deleting friends: malicious delete requests: friends are being deleted
// too frequently. Try again, or contact technical support.
//
// Note: The previous page revision and the 2025 SDK header list it as a friend
// deletion blocked by the security policy, and the document as deletions sent
// too fast. It has been dropped from the current online page.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_FRIENDSHIP_DEL_FRIEND_SEC_RSTR. Sources: document|webpage|sdk.
const SNSDeleteFriendSecurityRestricted Code = 31707

// SNSAccountNotFound31804 请求的对象不存在：可能是用户账号不存在，也可能是要删除的好友申请（未决）不存在。
//
// The target of the request does not exist: either the requested user account,
// or the pending friend request that was to be deleted.
//
// Note: The sources read it differently: the 2025 SDK header and the previous
// page revision speak of a user account that cannot be found, the current
// online page of a pending friend request, due for deletion, that cannot be
// found.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_ACCOUNT_NOT_FOUND_EX. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSAccountNotFound31804 Code = 31804

// SNSSelfFollowingCountLimit 当前用户关注的人数已到上限，不能再关注更多用户。
//
// The number of users you follow has reached the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_SELF_FOLLOWING_COUNT_EXCEEDS_LIMIT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const SNSSelfFollowingCountLimit Code = 32100

// SNSPeerFollowersCountLimit 对方拥有的粉丝已到人数上限，暂时无法再关注对方。
//
// The other user has reached the limit on followers, so you cannot follow them.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_PEER_FOLLOWERS_COUNT_EXCEEDS_LIMIT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const SNSPeerFollowersCountLimit Code = 32101

// SNSSelfMutualFollowersCountLimit 当前用户与他人互相关注的人数已到上限。
//
// Your number of mutual follows has reached the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_SELF_MUTUAL_FOLLOWERS_COUNT_EXCEEDS_LIMIT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const SNSSelfMutualFollowersCountLimit Code = 32102

// SNSPeerMutualFollowersCountLimit 对方与他人互相关注的人数已到上限。
//
// The other user's number of mutual follows has reached the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_PEER_MUTUAL_FOLLOWERS_COUNT_EXCEEDS_LIMIT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const SNSPeerMutualFollowersCountLimit Code = 32103

// SNSDeleteAllFriendsCheckSDKAppIDFailed 删除所有好友时校验SDKAppId失败，请再次尝试或联系技术客服。
//
// Deleting all friends: failed to verify the SDKAppID. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteAllFriendsCheckSDKAppIDFailed Code = 32901

// SNSDeleteAllFriendsStdFailed 删除所有好友时删除标配数据失败，请再次尝试或联系技术客服。
//
// Deleting all friends: failed to delete the standard-field data. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteAllFriendsStdFailed Code = 32902

// SNSDeleteAllFriendsCustomFailed 删除所有好友时删除自定义数据失败，请再次尝试或联系技术客服。
//
// Deleting all friends: failed to delete the custom-field data. Try again,
// or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteAllFriendsCustomFailed Code = 32903
