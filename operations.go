package errcode

// 运营数据错误码: errors from the API that downloads operations data and
// message history files. The document does not list them: their Chinese
// texts are this package's own.

// OperationsInvalidRequest 拉取运营数据的请求不合法。请检查请求 URL 是否正确。
//
// The request to retrieve operations data is invalid. Check that the request
// URL is right.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OperationsInvalidRequest Code = 1001

// OperationsInvalidParameters 拉取运营数据的请求参数不合法。请确认调用方是 App 管理员、必填字段均已填写且取值符合协议要求。
//
// A parameter of the request to retrieve operations data is invalid. Check that
// the caller is the app admin, that every required field is set, and that the
// values follow the protocol.
//
// Note: The previous page revision lists this code; the current online page
// leaves it out of the table of operations-data codes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OperationsInvalidParameters Code = 1002

// OperationsInternalError 拉取运营数据时发生系统错误。
//
// A system error occurred while retrieving operations data.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OperationsInternalError Code = 1003

// OperationsFileNotReady 所请求的文件尚未生成，或该时间段内没有消息。文件未生成时请等生成后再取；没有消息则不会有文件。
//
// There is no file to return: either it has not been generated yet, or the
// requested period had no messages. In the first case fetch it once it has been
// generated; in the second there will be no file.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OperationsFileNotReady Code = 1004

// OperationsFileExpired 所请求的文件已过期，无法再获取。
//
// The requested file has expired and can no longer be fetched.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OperationsFileExpired Code = 1005
