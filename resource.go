package errcode

// 资源文件操作错误码: errors the client SDK reports while it uploads or
// downloads files, images, voice and video.

// ResFileNotFound 要发送的资源文件不存在
//
// The resource file meant for sending cannot be found.
//
// Note: The previous page revision listed it as a missing resource file to
// send, and the 2025 SDK header still does with the same meaning as the
// document, but the current online page has dropped it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_RES_NOT_FOUND. Sources: document|webpage|sdk.
const ResFileNotFound Code = 114000

// ResAccessDenied 要发送的资源文件不允许访问
//
// Access to the resource file to be sent is not allowed.
//
// Note: The previous page revision listed it as a resource file that may not
// be accessed, and the 2025 SDK header still does with the same meaning as the
// document, but the current online page has dropped it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_RES_ACCESS_DENY. Sources: document|webpage|sdk.
const ResAccessDenied Code = 114001

// ResSizeLimit 文件大小超过限制
//
// The file size exceeds the limit.
//
// Note: The previous page revision listed it as a file over the size limit,
// and the 2025 SDK header still does with the same meaning as the document,
// but the current online page has dropped it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_RES_SIZE_LIMIT. Sources: document|webpage|sdk.
const ResSizeLimit Code = 114002

// ResSendCanceled 用户取消发送，如发送过程中登出等原因
//
// The user cancelled the send, for example by logging out while sending.
//
// Note: The previous page revision listed it as sending cancelled by the user
// (for example by logging out), and the 2025 SDK header still does with the
// same meaning as the document, but the current online page has dropped it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_RES_SEND_CANCEL. Sources: document|webpage|sdk.
const ResSendCanceled Code = 114003

// ResReadFailed 读取文件内容失败
//
// Failed to read the file content.
//
// Note: The previous page revision listed it as a failure to read the file,
// and the 2025 SDK header still does with the same meaning as the document,
// but the current online page has dropped it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_RES_READ_FAILED. Sources: document|webpage|sdk.
const ResReadFailed Code = 114004

// ResTransferTimeout 资源文件（如图片、文件、语音、视频）传输超时，一般是网络问题导致
//
// Transfer of the resource file (such as an image, file, voice or video)
// timed out, usually because of a network problem.
//
// Note: The previous page revision listed it as a resource file transfer
// timeout, usually caused by the network, and the 2025 SDK header still does
// with the same meaning as the document, but the current online page has
// dropped it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_RES_TRANSFER_TIMEOUT. Sources: document|webpage|sdk.
const ResTransferTimeout Code = 114005

// ResInvalidParameters 参数非法
//
// Invalid parameters.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_RES_INVALID_PARAMETERS. Sources: document|webpage|sdk.
const ResInvalidParameters Code = 114011

// ResNotInitialized 尚未初始化
//
// Not initialized yet.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ResNotInitialized Code = 114012

// ResInvalidServerURL 后台返回的url非法
//
// The URL returned by the backend is invalid.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResInvalidServerURL Code = 114017

// ResFileMD5ReadFailed 读取文件计算MD5失败
//
// Failed to read the file to compute its MD5.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ResFileMD5ReadFailed Code = 114020

// ResVoiceUploadActionFailed 语音上传action失败
//
// Voice upload: the action failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResVoiceUploadActionFailed Code = 115049

// ResVoiceUploadNotHTTP11 语音上传返回非HTTP1.1
//
// Voice upload: the response is not HTTP/1.1.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResVoiceUploadNotHTTP11 Code = 115050

// ResVoiceUploadStatusNot200 语音上传返回状态非200
//
// Voice upload: the response status is not 200.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResVoiceUploadStatusNot200 Code = 115051

// ResVoiceUploadNotTLV 语音上传返回格式非tlv
//
// Voice upload: the response format is not TLV.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResVoiceUploadNotTLV Code = 115052

// ResVoiceUploadFailed 语音上传返回失败
//
// Voice upload: the response reports failure.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResVoiceUploadFailed Code = 115053

// ResCacheWriteError 文件写缓存异常
//
// Error writing the file to the cache.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ResCacheWriteError Code = 115064

// ResCacheReadError 从缓存读取文件异常
//
// Error reading the file from the cache.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ResCacheReadError Code = 115065

// ResInvalidFileMD5 文件MD5校验失败
//
// File MD5 check failed.
//
// Note: The previous page revision listed it as a failed file MD5 check, and
// the 2025 SDK header still does with the same meaning as the document, but
// the current online page has dropped it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_RES_INVALID_FILE_MD5. Sources: document|webpage|sdk.
const ResInvalidFileMD5 Code = 115066

// ResInvalidPartMD5 分片MD5校验失败
//
// Part (chunk) MD5 check failed.
//
// Note: The previous page revision listed it as a failed MD5 check of a file
// part, and the 2025 SDK header still does with the same meaning as the
// document, but the current online page has dropped it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_RES_INVALID_PART_MD5. Sources: document|webpage|sdk.
const ResInvalidPartMD5 Code = 115068

// ResFileUploadActionFailed 文件上传action失败
//
// File upload: the action failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResFileUploadActionFailed Code = 115081

// ResFileUploadNotHTTP11 文件上传返回非HTTP1.1
//
// File upload: the response is not HTTP/1.1.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResFileUploadNotHTTP11 Code = 115082

// ResFileUploadStatusNot200 文件上传返回状态非200
//
// File upload: the response status is not 200.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResFileUploadStatusNot200 Code = 115083

// ResFileUploadNotTLV 文件上传返回格式非tlv
//
// File upload: the response format is not TLV.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResFileUploadNotTLV Code = 115084

// ResFileUploadFailed 文件上传返回失败
//
// File upload: the response reports failure.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResFileUploadFailed Code = 115085

// ResImageUploadPackFailed 图片上传云端时打包失败
//
// Image upload to the cloud: packing failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResImageUploadPackFailed Code = 115097

// ResImageUploadInvalidResponse 图片上传云端时返回包非法
//
// Image upload to the cloud: the returned packet is invalid.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResImageUploadInvalidResponse Code = 115098

// ResImageUploadFailed 图片上传云端返回失败
//
// Image upload to the cloud: the cloud returned failure.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResImageUploadFailed Code = 115099

// ResImageUploadActionFailed 图片上传云端action失败
//
// Image upload to the cloud: the action failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResImageUploadActionFailed Code = 115101

// ResVODUploadNotHTTP11 点播上传返回非HTTP1.1
//
// Video-on-demand upload: the response is not HTTP/1.1.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResVODUploadNotHTTP11 Code = 115114

// ResVODUploadHeaderIncomplete 点播上传返回head没有正常结束
//
// Video-on-demand upload: the response header did not end properly.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResVODUploadHeaderIncomplete Code = 115115

// ResVODUploadFailed 点播上传返回失败
//
// Video-on-demand upload: the response reports failure.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResVODUploadFailed Code = 115116

// ResVODUploadNoServer 点播上传获取服务器地址失败
//
// Video-on-demand upload: failed to get the server address.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResVODUploadNoServer Code = 115117

// ResVODUploadActionFailed 点播上传action失败
//
// Video-on-demand upload: the action failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResVODUploadActionFailed Code = 115118

// ResShortVideoSizeLimit 短视频大小超过限制
//
// The short video size exceeds the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ResShortVideoSizeLimit Code = 115128

// ResShortVideoUploadActionFailed 短视频上传action失败
//
// Short video upload: the action failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResShortVideoUploadActionFailed Code = 115129

// ResShortVideoUploadNotHTTP11 短视频上传返回非HTTP1.1
//
// Short video upload: the response is not HTTP/1.1.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResShortVideoUploadNotHTTP11 Code = 115130

// ResShortVideoUploadStatusNot200 短视频上传返回状态非200
//
// Short video upload: the response status is not 200.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResShortVideoUploadStatusNot200 Code = 115131

// ResShortVideoUploadNotTLV 短视频上传返回格式非tlv
//
// Short video upload: the response format is not TLV.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResShortVideoUploadNotTLV Code = 115132

// ResShortVideoUploadFailed 短视频上传返回失败
//
// Short video upload: the response reports failure.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResShortVideoUploadFailed Code = 115133

// ResShortVideoAuthkeyFailed 短视频Authkey失败
//
// Short video: Authkey failed.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const ResShortVideoAuthkeyFailed Code = 115134

// ResEncryptedImageUploadPackFailed 加密图片上传云端时打包失败
//
// Encrypted image upload to the cloud: packing failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResEncryptedImageUploadPackFailed Code = 115145

// ResEncryptedImageUploadInvalidResponse 加密图片上传云端时返回包非法
//
// Encrypted image upload to the cloud: the returned packet is invalid.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResEncryptedImageUploadInvalidResponse Code = 115146

// ResEncryptedImageUploadFailed 加密图片上传云端返回失败
//
// Encrypted image upload to the cloud: the cloud returned failure.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResEncryptedImageUploadFailed Code = 115147

// ResEncryptedImageUploadActionFailed 加密图片上传action失败
//
// Encrypted image upload: the action failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const ResEncryptedImageUploadActionFailed Code = 115149

// ResSeqToStringFailed 序列号为字符串失败
//
// Failed to turn the sequence number into a string.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const ResSeqToStringFailed Code = 115257
