package errcode

// 离线推送错误码: errors from offline push through the phone vendors'
// channels (certificates, tokens, vendor quotas). The document does not list
// them: their Chinese texts are this package's own.
