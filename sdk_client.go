package errcode

// SDK错误码, part 4: 7000 to 8999, the current SDK's general, login,
// message and group errors reported to the app's callbacks.

// SDKUnknownError 未知错误，内部错误，可提供使用接口、错误码、错误信息给客服解决
//
// Unknown error (internal error). Give customer service the API called,
// the error code and the error message.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SDKUnknownError Code = 7000

// SDKCrossThreadCall 不支持跨线程调用：该操作不能跨越不同线程执行，属于 SDK 内部错误。如无法自行解决，请收集日志联系技术支持。
//
// The operation was called across threads, which the SDK does not support
// (internal error). If you cannot resolve it, send the logs to Chat technical
// support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_CROSS_THREAD. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKCrossThreadCall Code = 7001

// SDKTinyIDEmpty 内部错误：SDK 内部的 TinyId 为空。请确认 UserID 存在且有效；确认无误仍出现时，请提供日志给技术支持。
//
// Internal error: the SDK's internal TinyId is empty. Check that the UserID
// exists and is valid; if it is, send the logs to Chat technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_TINYID_EMPTY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKTinyIDEmpty Code = 7002

// SDKInvalidUserID UserID 非法：不能为空，长度不超过 32 字节，且只能使用 0x20-0x7e 范围内的可打印 ASCII 字符。
//
// Invalid UserID. A UserID must not be empty, must be at most 32 bytes long and
// may use only printable ASCII characters, 0x20 to 0x7e.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_INVALID_IDENTIFIER. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidUserID Code = 7003

// SDKFileNotFound 要使用的本地文件不存在，请核对文件路径。
//
// The local file does not exist. Check the file path.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_FILE_NOT_FOUND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFileNotFound Code = 7004

// SDKFileTooLarge 发送富媒体消息时文件超过大小上限：图片和语音最大 28 MB，视频和文件最大 100 MB。
//
// When sending a rich media message, the file is larger than allowed: at most
// 28 MB for an image or a voice file, and at most 100 MB for a video or any
// other file.
//
// Note: The previous page revision gave a single limit of 100 MB for any
// uploaded file; the current online page and the 2025 SDK header set 28 MB for
// images and voice and 100 MB for video and files.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_FILE_TOO_LARGE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFileTooLarge Code = 7005

// SDKFileSizeEmpty 发送富媒体消息时文件无效：文件为空，大小为 0 字节。上传图片、语音、视频或文件前，请确认文件已正确生成。
//
// When sending a rich media message, the file is invalid because it is empty (0
// bytes). Before uploading an image, voice, video or file, make sure it was
// generated correctly.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_FILE_SIZE_EMPTY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFileSizeEmpty Code = 7006

// SDKFileOpenFailed SDK 无法打开文件：文件可能不存在，或已被其他程序以独占方式打开。
//
// The SDK could not open the file. The file may be missing, or another program
// may hold it open exclusively.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_FILE_OPEN_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFileOpenFailed Code = 7007

// SDKAPICallFreqLimit SDK 接口调用过于频繁，超过了频率限制。请控制调用频率，不要在短时间内反复调用。
//
// An SDK API was called more often than its frequency limit allows. Lower the
// call rate and do not call it over and over in a short time.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAPICallFreqLimit Code = 7008

// SDKInterrupted 正在执行的操作因调用了 unInitSDK 而被意外终止；例如登录尚未完成时调用 unInitSDK，登录会被中断。
//
// An operation in progress was aborted because unInitSDK was called; for
// example, calling unInitSDK while a login is still running cancels the login.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_INTERRUPT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInterrupted Code = 7009

// SDKDatabaseFailure 本地数据库操作失败。请先调用 login 登录，再重新执行该操作。
//
// A local database operation did not succeed. Call login first, then try the
// operation again.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SDK_COMM_DATABASE_FAILURE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKDatabaseFailure Code = 7010

// SDKDatabaseNotFound 在本地数据库中查不到所请求的数据，请确认相应数据已缓存在本地。
//
// The requested data is not in the local database. Make sure the data has been
// cached locally.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_DATABASE_NOTFOUND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKDatabaseNotFound Code = 7011

// SDKInternalError SDK 内部发生错误。请收集日志并联系技术支持排查。
//
// An internal error occurred in the SDK. Collect the logs and ask Chat
// technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_INTERNAL_ERROR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInternalError Code = 7012

// SDKInterfaceNotSupported 当前套餐不支持调用该接口，请升级到专业版、专业版 Plus 或企业版套餐。
//
// The current plan does not include this API. Upgrade to the Pro, Pro Plus or
// Enterprise edition.
//
// Note: The previous page revision and the 2025 SDK header name the Flagship
// (Ultimate) edition as the plan to upgrade to; the current online page names
// the Pro, Pro Plus or Enterprise edition.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_INTERFACE_NOT_SUPPORT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInterfaceNotSupported Code = 7013

// SDKInvalidOperation 非法请求：接口的调用方式不符合要求，请检查调用是否满足接口的约束。
//
// Invalid request: the API call does not meet the API's requirements. Check how
// the API is being called.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_INVALID_OPERATION. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidOperation Code = 7014

// SDKBlockedBySensitiveWord 内容命中了 SDK 本地内容审核中的敏感词，请检查敏感词配置。
//
// The content matched a sensitive word in the SDK's local content moderation.
// Check the sensitive word settings.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_BLOCKED_BY_SENSITIVE_WORD. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBlockedBySensitiveWord Code = 7015

// SDKLoginInProgress 已有登录正在进行：通过 autoLogin 或 login 发起的上一次登录还没有回调时，再次调用这两个接口中的任一个，就会返回此错误码。请等上一次登录回调后再操作。
//
// A login is already running: calling login or autoLogin again before the first
// login or autoLogin has called back returns this code. Wait for the callback
// of the pending login.
//
// Note: Listed on the previous page revision and in the 2025 SDK header, but
// dropped from the current online page.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_ACCOUNT_LOGIN_IN_PROCESS. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoginInProgress Code = 7501

// SDKLogoutInProgress 已有登出操作正在进行：在第一次 logout 回调之前再次调用 logout，就会返回此错误码。请等待前一次登出的回调。
//
// A logout is already running: calling logout again before the first logout has
// called back returns this code. Wait for the callback of the pending logout.
//
// Note: Listed on the previous page revision and in the 2025 SDK header, but
// dropped from the current online page.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_ACCOUNT_LOGOUT_IN_PROCESS. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLogoutInProgress Code = 7502

// SDKAccountTLSInitFailed 内部错误：TLS SDK 初始化失败。请提供日志给技术支持排查。
//
// Internal error: the TLS SDK failed to initialize. Collect the logs and ask
// Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_INIT_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSInitFailed Code = 7503

// SDKAccountTLSNotInitialized 内部错误：TLS SDK 尚未初始化。请提供日志给技术支持排查。
//
// Internal error: the TLS SDK has not been initialized. Collect the logs and
// ask Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_NOT_INITIALIZED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSNotInitialized Code = 7504

// SDKAccountTLSTransPacketError 内部错误：TLS SDK 的 TRANS 包格式不正确。请提供日志给技术支持排查。
//
// Internal error: a TRANS packet of the TLS SDK has the wrong format. Collect
// the logs and ask Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_TRANSPKG_ERROR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSTransPacketError Code = 7505

// SDKAccountTLSDecryptFailed 内部错误：TLS SDK 解密失败。请提供日志给技术支持排查。
//
// Internal error: decryption in the TLS SDK failed. Collect the logs and ask
// Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_DECRYPT_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSDecryptFailed Code = 7506

// SDKAccountTLSRequestFailed 内部错误：向 TLS SDK 发出的请求失败。请提供日志给技术支持排查。
//
// Internal error: a request to the TLS SDK failed. Collect the logs and ask
// Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_REQUEST_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSRequestFailed Code = 7507

// SDKAccountTLSRequestTimeout 内部错误：向 TLS SDK 发出的请求超时。请提供日志给技术支持排查。
//
// Internal error: a request to the TLS SDK timed out. Collect the logs and ask
// Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_REQUEST_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSRequestTimeout Code = 7508

// SDKMsgBodySizeLimit 消息总长度超过 12 KB 上限。计算方法：把消息中所有 elem 的长度相加，每个 elem 的长度为其全部字段长度之和。
//
// The message is longer than the 12 KB limit. To measure it, add up all
// elements of the message; each element counts as the total length of its
// fields.
//
// Note: Both page revisions and the 2025 SDK header give 12 KB for this
// client-side check, while the document gave the message body limit as 8 KB
// under its server code 80002.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_MSG_BODY_SIZE_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKMsgBodySizeLimit Code = 8001

// SDKMsgKeyMismatch 内部错误：网络请求包与响应包中的消息 KEY 不一致。请提供日志给技术支持排查。
//
// Internal error: the message key in the network response does not match the
// one in the request. Collect the logs and ask Chat technical support to look
// into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_MSG_KEY_REQ_DIFFER_RSP. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKMsgKeyMismatch Code = 8002

// SDKImageConvertError 图片转换（万象优图）的 HTTP 请求失败。
//
// The HTTP request for image conversion (Cloud Infinite) failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_IMAGE_CONVERT_ERROR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKImageConvertError Code = 8003

// SDKImageCIBlocked 缩略图转换失败，原因可能是图片未通过万象优图（CI）的鉴黄等识别。
//
// Thumbnail conversion failed, for example because the image was flagged by the
// pornography detection of Cloud Infinite (CI).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_IMAGE_CI_BLOCK. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKImageCIBlocked Code = 8004

// SDKMergedMsgLayersLimit 合并转发消息的嵌套层数超过上限，最多允许 100 层。
//
// A merged (combined and forwarded) message is nested more than 100 levels
// deep, which exceeds the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_MERGER_MSG_LAYERS_OVER_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKMergedMsgLayersLimit Code = 8005

// SDKMsgModifyConflict 消息修改冲突：你要修改的消息已被其他人修改过。请获取最新的消息内容，重新编辑后再提交。
//
// Message modification conflict: someone else has changed the message you want
// to modify. Get the latest message body, edit it again and retry.
//
// [RetryConflict]: re-read the current state, apply the change again, then retry.
//
// SDK name: ERR_SDK_MSG_MODIFY_CONFLICT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKMsgModifyConflict Code = 8006

// SDKSignalingInvalidInviteID 信令邀请 ID 无效，或该邀请已经被处理过。
//
// The signaling invitation ID is invalid, or the invitation has already been
// handled.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_SIGNALING_INVALID_INVITE_ID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKSignalingInvalidInviteID Code = 8010

// SDKSignalingNoPermission 无权执行该信令操作，例如取消不是自己发起的邀请。
//
// You have no permission for this signaling operation, for example cancelling
// an invitation that someone else sent.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_SIGNALING_NO_PERMISSION. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKSignalingNoPermission Code = 8011

// SDKSignalingAlreadyExists 该信令邀请已经存在。
//
// This signaling invitation has already been created.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_SIGNALING_ALREADY_EXISTS. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKSignalingAlreadyExists Code = 8012

// SDKInvalidCancelMsg 取消发送消息失败：消息不存在，或已经发送成功。
//
// Cancelling the send failed: the message does not exist or has already been
// sent.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_INVALID_CANCEL_MESSAGE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidCancelMsg Code = 8020

// SDKSendMsgFailedWithCancel 消息发送失败，因为该消息已通过“取消发送”接口被取消。
//
// The message was not sent because it had been cancelled through the
// cancel-send API.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_SEND_MESSAGE_FAILED_WITH_CANCEL. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKSendMsgFailedWithCancel Code = 8021

// SDKGroupInvalidID 群组 ID 非法：自定义群组 ID 最长 48 字节，只能使用 0x20-0x7e 范围内的可打印 ASCII 字符，且不能以 @TGS# 开头，以免与 IM 自动分配的群组 ID 混淆。
//
// Invalid group ID. A custom group ID may contain only printable ASCII
// characters (0x20-0x7e), may be at most 48 bytes long and must not start with
// @TGS#, the prefix of the group IDs that Chat assigns itself.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_ID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidID Code = 8501

// SDKGroupInvalidName 群名称非法：须为 UTF-8 编码，长度不超过 30 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid group name: it must be UTF-8 encoded and at most 30 bytes long; a
// Chinese character can take several bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_NAME. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidName Code = 8502

// SDKGroupInvalidIntroduction 群简介非法：须为 UTF-8 编码，长度不超过 240 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid group introduction: it must be UTF-8 encoded and at most 240 bytes
// long; a Chinese character can take several bytes, so count the length in
// bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_INTRODUCTION. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidIntroduction Code = 8503

// SDKGroupInvalidNotification 群公告非法：须为 UTF-8 编码，长度不超过 300 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid group notice: it must be UTF-8 encoded and at most 300 bytes long; a
// Chinese character can take several bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_NOTIFICATION. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidNotification Code = 8504

// SDKGroupInvalidFaceURL 群头像 URL 非法：长度不超过 100 字节，可在网页浏览器中打开该 URL 检查是否有效。
//
// Invalid group profile photo URL: it may be at most 100 bytes long. Open the
// URL in a web browser to check it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_FACE_URL. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidFaceURL Code = 8505

// SDKGroupInvalidNameCard 群名片非法：须为 UTF-8 编码，长度不超过 50 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid group name card: it must be UTF-8 encoded and at most 50 bytes long;
// a Chinese character can take several bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_NAME_CARD. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidNameCard Code = 8506

// SDKGroupMemberCountLimit 建群或邀请成员时指定的成员数超过群成员上限。当前页面按版本给出的上限为：标准版 200 人，专业版 2000 人，专业版 Plus 5000 人，企业版 6000 人；音视频聊天室（AVChatRoom）和在线成员广播大群不限人数。
//
// The number of members given when creating a group or inviting members exceeds
// the group member limit. The current limits by edition are Standard 200, Pro
// 2,000, Pro Plus 5,000 and Enterprise 6,000; audio-video chat rooms
// (AVChatRoom) and online member broadcast groups have no limit.
//
// Note: The limits differ by source and era. The 2025 SDK header gives them by
// group type (Private 200, Public 2,000, ChatRoom 10,000); the previous page
// revision gave 200, extendable to 2,000, for the Pro edition and 2,000,
// extendable to 6,000, for the Ultimate edition; the current online page gives
// the per-edition limits above.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_MEMBER_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupMemberCountLimit Code = 8507

// SDKGroupJoinPrivateGroupDenied 私有群（Private）默认不支持申请加入（修改群资料可改变这一默认设置）；任何群成员都可以直接邀请他人入群，且无需被邀请人同意。
//
// By default, a private group cannot be joined by application from the app (the
// group profile can change that default); any member can invite others
// directly, without the invitee's consent.
//
// Note: Only the current online page says this is a default that the group
// profile can change; the previous page revision and the 2025 SDK header state
// it as a fixed rule.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_JOIN_PRIVATE_GROUP_DENY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupJoinPrivateGroupDenied Code = 8508

// SDKGroupInviteSuperDenied 邀请成员时不能把角色设为群主；请改正邀请请求中的角色字段。
//
// A member cannot be invited with the group owner role. Check the role field.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVITE_SUPER_DENY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInviteSuperDenied Code = 8509

// SDKGroupInviteNoMember 邀请的成员数不能为 0，请检查成员字段是否填写正确。
//
// An invitation must name at least one member; zero members is not allowed.
// Check the member field.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVITE_NO_MEMBER. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInviteNoMember Code = 8510

// SDKGroupAttributeFreqLimit 群属性接口调用超过频率限制：增、删、改接口由后台限制为每秒 5 次，查询接口由 SDK 限制为每 5 秒 20 次。
//
// Group attribute APIs were called too often. The backend allows the create,
// delete and update APIs 5 calls per second; the SDK allows the read API 20
// calls per 5 seconds.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SDK_GROUP_ATTR_FREQUENCY_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupAttributeFreqLimit Code = 8511

// SDKGroupGetOnlineMemberCountFreqLimit 获取群在线人数的接口调用过于频繁，SDK 限制为每 60 秒 1 次。
//
// The API that gets the number of online group members was called too often;
// the SDK allows one call every 60 seconds.
//
// [RetryThrottled]: slow down and wait before retrying; wait at least 1m.
//
// SDK name: ERR_SDK_GROUP_GET_ONLINE_MEMBER_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupGetOnlineMemberCountFreqLimit Code = 8512

// SDKGroupGetGroupsInfoFreqLimit 获取群资料的接口调用过于频繁，SDK 限制为每秒 1 次。
//
// The API that gets group profiles was called too often; the SDK allows one
// call per second.
//
// [RetryThrottled]: slow down and wait before retrying; wait at least 1s.
//
// SDK name: ERR_SDK_GROUP_GET_GROUPS_INFO_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupGetGroupsInfoFreqLimit Code = 8513

// SDKGroupGetJoinedGroupFreqLimit 获取已加入群列表的接口调用过于频繁，SDK 限制为每秒 1 次。
//
// The API that gets the list of joined groups was called too often; the SDK
// allows one call per second.
//
// [RetryThrottled]: slow down and wait before retrying; wait at least 1s.
//
// SDK name: ERR_SDK_GROUP_GET_JOINED_GROUP_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupGetJoinedGroupFreqLimit Code = 8514

// SDKGroupMarkMemberNotAllowed 不允许对群成员进行标记。
//
// Marking group members is not allowed.
//
// Note: Only the previous page revision lists this code; the current online
// page and the 2025 SDK header do not.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const SDKGroupMarkMemberNotAllowed Code = 8515
