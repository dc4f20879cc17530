package main

// Meaning is a code that means something else on one API than it does in
// general, stated by hand: the pages give these texts as sentences, which
// the package may not copy, so the texts here are the package's own. Each
// (API, code) pair must be one the API's page lists; Generate checks that.
type Meaning struct {
	API     string
	Code    int32
	Retry   string // a Retry constant's name
	Chinese string
	English string
}

// configAPIs maps each code of 130002 to 130010 that the global mute and
// operations-data APIs list to the API whose page lists it: there they are
// request and database faults, while the package's constants with those
// numbers are official-account codes.
var configAPIs = map[int32]string{
	130002: "v4/openconfigsvr/getnospeaking",
	130003: "v4/openconfigsvr/getnospeaking",
	130004: "v4/openconfigsvr/setnospeaking",
	130005: "v4/openconfigsvr/setnospeaking",
	130008: "v4/openconfigsvr/setnospeaking",
	130009: "v4/openconfigsvr/getappinfo",
	130010: "v4/openconfigsvr/getappinfo",
}

// extensionAPIs are the message extension APIs, whose pages give 10008 as
// "the app's plan is not the Ultimate edition" instead of the general
// "invalid request".
var extensionAPIs = []string{
	"v4/openim_msg_ext_http_svc/get_key_values", "v4/openim_msg_ext_http_svc/group_get_key_values",
	"v4/openim_msg_ext_http_svc/group_set_key_values", "v4/openim_msg_ext_http_svc/set_key_values",
}

// configMeanings are the texts of 130002–130010 on configAPIs.
var configMeanings = []Meaning{
	{Code: 130002, Retry: "RetryNever", Chinese: "请求包缺少 Get_Account 字段。", English: "The request body has no Get_Account field."},
	{Code: 130003, Retry: "RetryNever", Chinese: "请求包里 Get_Account 字段的取值无效。", English: "The Get_Account field of the request body holds an invalid value."},
	{Code: 130004, Retry: "RetryNever", Chinese: "请求包缺少 Set_Account 字段。", English: "The request body has no Set_Account field."},
	{Code: 130005, Retry: "RetryNever", Chinese: "请求包里 Set_Account 字段的取值无效。", English: "The Set_Account field of the request body holds an invalid value."},
	{Code: 130008, Retry: "RetryNever", Chinese: "GroupmsgNospeakingTime 与 C2CmsgNospeakingTime 两个字段一个也没填，至少要设置其一。", English: "The request body sets neither GroupmsgNospeakingTime nor C2CmsgNospeakingTime; set at least one."},
	{Code: 130009, Retry: "RetryTransient", Chinese: "服务端打开 SQL 数据库连接时出错。", English: "The server could not open its SQL database connection."},
	{Code: 130010, Retry: "RetryTransient", Chinese: "服务端 Ping SQL 数据库时出错。", English: "The server's ping to its SQL database failed."},
}

// Meanings returns the hand table: every (API, code) whose meaning on that
// API differs from the code's general one.
//
// Not here: 10004 on the official-account APIs, which the online
// error-code page says their page lists as a server fault; no copy of those
// pages, nor their paths, is at hand, so no API in the table can carry it.
func Meanings() []Meaning {
	var out []Meaning
	for _, m := range configMeanings {
		m.API = configAPIs[m.Code]
		out = append(out, m)
	}
	for _, api := range extensionAPIs {
		out = append(out, Meaning{API: api, Code: 10008, Retry: "RetryNever",
			Chinese: "消息扩展功能只对旗舰版套餐开放，当前应用的套餐不是旗舰版。",
			English: "Message extensions are for the Ultimate edition only, and the app's plan is not Ultimate."})
	}
	out = append(out, Meaning{API: "v4/timpush/batch", Code: 90057, Retry: "RetryNever",
		Chinese: "传入的 DataId 超出 64 字节的长度上限。",
		English: "The DataId in the request is longer than its 64-byte limit."})
	return out
}
