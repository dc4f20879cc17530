package errcode

// The old names of renamed code constants, kept so that code written against
// them still compiles. Each is declared without an explicit type, so it takes
// the new constant's value and its type, Code; internal/gentable lists only
// the constants declared as Code in the subsystem files, so it does not list
// a code twice.

// GroupPermissionDeny is the old name of GroupPermissionDenied.
//
// Deprecated: use GroupPermissionDenied.
const GroupPermissionDeny = GroupPermissionDenied

// GroupInvalidID is the old name of GroupInvalidOperatorID.
//
// Deprecated: use GroupInvalidOperatorID.
const GroupInvalidID = GroupInvalidOperatorID

// GroupShutUpDeny is the old name of GroupShutUpDenied.
//
// Deprecated: use GroupShutUpDenied.
const GroupShutUpDeny = GroupShutUpDenied

// GroupSDKAppIDDeny is the old name of GroupSDKAppIDDenied.
//
// Deprecated: use GroupSDKAppIDDenied.
const GroupSDKAppIDDeny = GroupSDKAppIDDenied

// OpenMsgPkgParseFailed is the old name of OpenMsgPacketParseFailed.
//
// Deprecated: use OpenMsgPacketParseFailed.
const OpenMsgPkgParseFailed = OpenMsgPacketParseFailed

// OpenMsgInvalidID is the old name of OpenMsgInvalidAccount.
//
// Deprecated: use OpenMsgInvalidAccount.
const OpenMsgInvalidID = OpenMsgInvalidAccount

// OpenMsgPushDeny is the old name of OpenMsgCallbackRejected.
//
// Deprecated: use OpenMsgCallbackRejected.
const OpenMsgPushDeny = OpenMsgCallbackRejected

// OpenMsgShutUpDeny is the old name of OpenMsgShutUpDenied.
//
// Deprecated: use OpenMsgShutUpDenied.
const OpenMsgShutUpDeny = OpenMsgShutUpDenied

// SNSAddFriendInvalidParamLength is the old name of SNSAddFriendParametersTooLong.
//
// Deprecated: use SNSAddFriendParametersTooLong.
const SNSAddFriendInvalidParamLength = SNSAddFriendParametersTooLong

// SNSAddFriendSecRestricted is the old name of SNSAddFriendSecurityRestricted.
//
// Deprecated: use SNSAddFriendSecurityRestricted.
const SNSAddFriendSecRestricted = SNSAddFriendSecurityRestricted

// SNSResponseFriendInvalidParamLength is the old name of SNSResponseFriendParametersTooLong.
//
// Deprecated: use SNSResponseFriendParametersTooLong.
const SNSResponseFriendInvalidParamLength = SNSResponseFriendParametersTooLong

// SNSDeleteFriendSecRestricted is the old name of SNSDeleteFriendSecurityRestricted.
//
// Deprecated: use SNSDeleteFriendSecurityRestricted.
const SNSDeleteFriendSecRestricted = SNSDeleteFriendSecurityRestricted

// ProfileSetFieldInvalid is the old name of ProfileSetInvalidFieldName.
//
// Deprecated: use ProfileSetInvalidFieldName.
const ProfileSetFieldInvalid = ProfileSetInvalidFieldName

// ProfileSetStandardDataFailed is the old name of ProfileSetStdDataFailed.
//
// Deprecated: use ProfileSetStdDataFailed.
const ProfileSetStandardDataFailed = ProfileSetStdDataFailed

// ProfileSetAvatarInvalidParam is the old name of ProfileSetAvatarInvalidParameters.
//
// Deprecated: use ProfileSetAvatarInvalidParameters.
const ProfileSetAvatarInvalidParam = ProfileSetAvatarInvalidParameters

// ProfileGetFieldInvalid is the old name of ProfileGetInvalidFieldName40801.
//
// Deprecated: use ProfileGetInvalidFieldName40801.
const ProfileGetFieldInvalid = ProfileGetInvalidFieldName40801

// ProfileGetStandardTaskFailed is the old name of ProfileGetStdTaskFailed.
//
// Deprecated: use ProfileGetStdTaskFailed.
const ProfileGetStandardTaskFailed = ProfileGetStdTaskFailed

// ProfileGetInvalidField is the old name of ProfileGetInvalidFieldName40804.
//
// Deprecated: use ProfileGetInvalidFieldName40804.
const ProfileGetInvalidField = ProfileGetInvalidFieldName40804

// ProfileGetStandardKeyNotFound is the old name of ProfileGetStdKeyNotFound.
//
// Deprecated: use ProfileGetStdKeyNotFound.
const ProfileGetStandardKeyNotFound = ProfileGetStdKeyNotFound

// ProfileGetStandardReadFailed is the old name of ProfileGetStdReadFailed.
//
// Deprecated: use ProfileGetStdReadFailed.
const ProfileGetStandardReadFailed = ProfileGetStdReadFailed

// RESTInvalidAccountOrSig60004 is the old name of RESTInvalidAccountOrUserSig60004.
//
// Deprecated: use RESTInvalidAccountOrUserSig60004.
const RESTInvalidAccountOrSig60004 = RESTInvalidAccountOrUserSig60004

// RESTInvalidAccountOrSig60005 is the old name of RESTInvalidAccountOrUserSig60005.
//
// Deprecated: use RESTInvalidAccountOrUserSig60005.
const RESTInvalidAccountOrSig60005 = RESTInvalidAccountOrUserSig60005

// RESTIDNotAdmin is the old name of RESTAdminRequired.
//
// Deprecated: use RESTAdminRequired.
const RESTIDNotAdmin = RESTAdminRequired

// AccountInvalidBatchCount is the old name of AccountInvalidBatchCount70113.
//
// Deprecated: use AccountInvalidBatchCount70113.
const AccountInvalidBatchCount = AccountInvalidBatchCount70113

// AccountInvalidCount is the old name of AccountInvalidBatchCount70206.
//
// Deprecated: use AccountInvalidBatchCount70206.
const AccountInvalidCount = AccountInvalidBatchCount70206

// AccountInternalErrorRetry70207 is the old name of AccountInternalError70207.
//
// Deprecated: use AccountInternalError70207.
const AccountInternalErrorRetry70207 = AccountInternalError70207

// AccountInternalErrorRetry70208 is the old name of AccountInternalError70208.
//
// Deprecated: use AccountInternalError70208.
const AccountInternalErrorRetry70208 = AccountInternalError70208

// AccountInternalErrorRetry70222 is the old name of AccountInternalError70222.
//
// Deprecated: use AccountInternalError70222.
const AccountInternalErrorRetry70222 = AccountInternalError70222

// AccountInternalErrorRetry70401 is the old name of AccountInternalError70401.
//
// Deprecated: use AccountInternalError70401.
const AccountInternalErrorRetry70401 = AccountInternalError70401

// ResVODUploadHeadIncomplete is the old name of ResVODUploadHeaderIncomplete.
//
// Deprecated: use ResVODUploadHeaderIncomplete.
const ResVODUploadHeadIncomplete = ResVODUploadHeaderIncomplete
