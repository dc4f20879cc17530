package errcode

// 资料系统: errors from the profile system: setting and getting user
// profiles and avatars.

// ProfileInvalidParameters 资料解包失败，如果是REST API返回的错误码请对照REST API介绍文档仔细查看请求包格式是否完整，如果是非REST API返回的错误请联系技术客服。
//
// Failed to unpack the profile data. If a REST API returned this error, check
// the REST API documentation carefully to see whether the request format is
// complete; if the error did not come from a REST API, contact technical
// support.
//
// Note: The document says the profile request could not be unpacked. The 2025
// SDK header and both page revisions describe it as invalid request parameters:
// check the required fields and their values against the API's documentation
// and the error text.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_INVALID_PARAMETERS. Sources: document|webpage|sdk.
const ProfileInvalidParameters Code = 40001

// ProfileAccountMissing 请求中缺少要拉取资料的用户账号，请指定目标账号。
//
// Invalid request: it does not name the user account whose profile should be
// fetched. Specify the account.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_ACCOUNT_MISS. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ProfileAccountMissing Code = 40002

// ProfileAccountNotFound 该用户账号不存在（尚未导入即时通信 IM），请先导入账号。
//
// No such user account: it has not been imported into Chat. Import the account
// first.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_ACCOUNT_NOT_FOUND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ProfileAccountNotFound Code = 40003

// ProfileAdminRequired 来自REST API的请求，但是不具备管理员权限，请联系技术客服。
//
// The request came from the REST API but does not have administrator
// permission. Contact technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_ADMIN_REQUIRED. Sources: document|webpage|sdk.
const ProfileAdminRequired Code = 40004

// ProfileSensitiveText 所设置的资料字段内容命中敏感词，请修改后再提交。
//
// One of the profile fields being set was caught by the sensitive-word filter.
// Edit that content and submit it again.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_SENSITIVE_TEXT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const ProfileSensitiveText Code = 40005

// ProfileInternalError 处理资料请求时服务端出错，可稍后重试；若一直失败请联系技术支持。
//
// Internal error in the profile service. Try again later, and contact technical
// support if it keeps failing.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_PROFILE_INTERNAL_ERROR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ProfileInternalError Code = 40006

// ProfileReadPermissionRequired 无权读取该资料字段；可在控制台调整该字段的读权限。
//
// You have no read permission for this profile field. The field's read
// permission can be changed in the console.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_READ_PERMISSION_REQUIRED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ProfileReadPermissionRequired Code = 40007

// ProfileWritePermissionRequired 无权修改该资料字段；可在控制台调整该字段的写权限。
//
// You have no write permission for this profile field. The field's write
// permission can be changed in the console.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_WRITE_PERMISSION_REQUIRED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ProfileWritePermissionRequired Code = 40008

// ProfileTagNotFound 找不到该资料字段的 Tag，请核对字段名称。
//
// No profile field has this Tag. Check the field name.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_TAG_NOT_FOUND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ProfileTagNotFound Code = 40009

// ProfileSetSizeLimit 设置资料头像URL太长，请不要设置超过500字节的内容。
//
// Setting profile: the avatar URL is too long. Do not set content longer
// than 500 bytes.
//
// Note: The document limits only the avatar URL to 500 bytes. The 2025 SDK
// header and both page revisions apply the 500-byte limit to the Value of any
// profile field, so keep every profile Value within 500 bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_SIZE_LIMIT. Sources: document|webpage|sdk.
const ProfileSetSizeLimit Code = 40601

// ProfileSetReadDataFailed 设置资料读取数据失败，请再次尝试或
//
// Setting profile: failed to read data. Try again, or (the document's text
// breaks off here).
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileSetReadDataFailed Code = 40602

// ProfileSetInvalidFieldName 设置资料字段非法，请检查需要设置的资料字段名称，名称必须是这些值的其中一个："Tag_Profile_IM_Nick"、"Tag_Profile_IM_AllowType"、“Tag_Profile_IM_Image” 。
//
// Setting profile: a field is invalid. Check the names of the profile
// fields to set; each name must be one of "Tag_Profile_IM_Nick",
// "Tag_Profile_IM_AllowType", "Tag_Profile_IM_Image".
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ProfileSetInvalidFieldName Code = 40603

// ProfileSetInvalidFieldLength40604 设置资料系统错误非法字段长度，请再次尝试或联系技术客服。
//
// Setting profile: system error, invalid field length. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileSetInvalidFieldLength40604 Code = 40604

// ProfileSetValueError 设置资料请求参数非法，请再次尝试或联系技术客服。
//
// Setting profile: the request parameters are invalid. Try again, or
// contact technical support.
//
// Note: The document describes an invalid parameter in a set-profile request
// and suggests retrying. The 2025 SDK header and both page revisions narrow it
// to an invalid Value of a standard profile field.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_VALUE_ERROR. Sources: document|webpage|sdk.
const ProfileSetValueError Code = 40605

// ProfileSetStdDataFailed 设置资料设置标准数据失败，请再次尝试或联系技术客服。
//
// Setting profile: failed to set the standard data. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileSetStdDataFailed Code = 40606

// ProfileSetInvalidField 设置资料非法字段，请再次尝试或联系技术客服。
//
// Setting profile: invalid field. Try again, or contact technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ProfileSetInvalidField Code = 40607

// ProfileSetInvalidFieldLength40608 设置资料系统错误非法字段长度，请再次尝试或联系技术客服。
//
// Setting profile: system error, invalid field length. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileSetInvalidFieldLength40608 Code = 40608

// ProfileSetCustomDataFailed 设置资料设置自定义数据失败，请再次尝试或联系技术客服。
//
// Setting profile: failed to set the custom data. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileSetCustomDataFailed Code = 40609

// ProfileInvalidValueFormat 资料字段 Value 的类型与该字段要求的类型不符。
//
// The type of the profile field's Value does not match the type the field
// requires.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_INVALID_VALUE_FORMAT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ProfileInvalidValueFormat Code = 40610

// ProfileSetAvatarGetDataFailed 设置头像获取数据失败，请再次尝试或联系技术客服。
//
// Setting avatar: failed to get data. Try again, or contact technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileSetAvatarGetDataFailed Code = 40701

// ProfileSetAvatarSetDataFailed 设置头像设置数据失败，请再次尝试或联系技术客服。
//
// Setting avatar: failed to set data. Try again, or contact technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileSetAvatarSetDataFailed Code = 40702

// ProfileSetAvatarURLTooLong 设置头像URL太长，请不要设置超过500字节的内容。
//
// Setting avatar: the URL is too long. Do not set content longer than 500
// bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ProfileSetAvatarURLTooLong Code = 40703

// ProfileSetAvatarInvalidParameters 设置头像头像参数数据不正确，请再次尝试或联系技术客服。
//
// Setting avatar: the avatar parameter data is incorrect. Try again, or
// contact technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ProfileSetAvatarInvalidParameters Code = 40704

// ProfileGetInvalidFieldName40801 获取资料字段非法 ，请检查需要获取的资料字段名称，名称必须是这些值的其中一个："Tag_Profile_IM_Nick"、"Tag_Profile_IM_AllowType"、“Tag_Profile_IM_Image” 。
//
// Getting profile: a field is invalid. Check the names of the profile
// fields to get; each name must be one of "Tag_Profile_IM_Nick",
// "Tag_Profile_IM_AllowType", "Tag_Profile_IM_Image".
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ProfileGetInvalidFieldName40801 Code = 40801

// ProfileGetStdTaskFailed 获取资料系统执行标配任务失败，请再次尝试或联系技术客服。
//
// Getting profile: the system failed to run the standard-fields task. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileGetStdTaskFailed Code = 40802

// ProfileGetParseDataFailed 获取资料系统解析数据失败，请再次尝试或联系技术客服。
//
// Getting profile: the system failed to parse the data. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileGetParseDataFailed Code = 40803

// ProfileGetInvalidFieldName40804 获取资料非法字段 ，请检查需要获取的资料字段名称，名称必须是这些值的其中一个："Tag_Profile_IM_Nick"、"Tag_Profile_IM_AllowType"、“Tag_Profile_IM_Image” 。
//
// Getting profile: invalid field. Check the names of the profile fields to
// get; each name must be one of "Tag_Profile_IM_Nick",
// "Tag_Profile_IM_AllowType", "Tag_Profile_IM_Image".
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ProfileGetInvalidFieldName40804 Code = 40804

// ProfileGetCustomTaskListFailed 获取资料系统执行自定义任务列表失败，请再次尝试或联系技术客服。
//
// Getting profile: the system failed to run the custom-fields task list.
// Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileGetCustomTaskListFailed Code = 40805

// ProfileGetInvalidCustomFieldLength 获取资料系统错误自定义字段长度非法 ，请再次尝试或联系技术客服。
//
// Getting profile: system error, the custom field length is invalid. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileGetInvalidCustomFieldLength Code = 40806

// ProfileGetStdKeyNotFound 获取资料标配主Key不存在，请求中携带的Identifer不存在资料数据，有可能是该Identifer没有写入过资料导致的，请先给该Identifer写入资料或者忽略该错误。
//
// Getting profile: the primary key of the standard fields does not exist: the
// Identifier in the request has no profile data, possibly because no profile
// was ever written for it. Write a profile for that Identifier first, or ignore
// this error. The document misspells Identifier as "Identifer", a typo.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ProfileGetStdKeyNotFound Code = 40807

// ProfileGetStdReadFailed 获取资料标配读取数据失败，请再次尝试或联系技术客服。
//
// Getting profile: failed to read the standard-fields data. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileGetStdReadFailed Code = 40808

// ProfileGetCustomKeyNotFound 获取资料自定义主Key不存在，请求中携带的Identifer不存在资料数据，有可能是该Identifer没有写入过资料导致的，请先给该Identifer写入资料或者忽略该错误。
//
// Getting profile: the primary key of the custom fields does not exist: the
// Identifier in the request has no profile data, possibly because no profile
// was ever written for it. Write a profile for that Identifier first, or ignore
// this error. The document misspells Identifier as "Identifer", a typo.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ProfileGetCustomKeyNotFound Code = 40809

// ProfileGetCustomReadFailed 获取资料自定义读取数据失败，请再次尝试或联系技术客服。
//
// Getting profile: failed to read the custom-fields data. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileGetCustomReadFailed Code = 40810

// ProfileGetAvatarTaskListFailed 获取头像系统执行任务列表失败，请再次尝试或联系技术客服。
//
// Getting avatar: the system failed to run the task list. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ProfileGetAvatarTaskListFailed Code = 40901
