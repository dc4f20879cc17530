package errcode

// 运营数据错误码: errors from the API that downloads operations data and
// message history files. The document does not list them: their Chinese
// texts are this package's own.
