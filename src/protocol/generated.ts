/* eslint-disable */
/**
 * The codex app-server protocol (stable part) of @openai/codex 0.171.0. GENERATED: do not edit.
 * Made by `npm run generate:protocol` (scripts/generate-protocol.mjs): the pinned binary's
 * `codex app-server generate-json-schema --out DIR`, then json-schema-to-typescript on
 * DIR/codex_app_server_protocol.schemas.json merged with its v2 bundle (codex_app_server_protocol.v2.schemas.json).
 * A test fails when this file and the binary disagree.
 */

/**
 * A path that is guaranteed to be absolute and normalized (though it is not guaranteed to be canonicalized or exist on the filesystem).
 * 
 * IMPORTANT: When deserializing an `AbsolutePathBuf`, a base path must be set using [AbsolutePathBufGuard::new]. If no base path is set, the deserialization will fail unless the path being deserialized is already absolute.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AbsolutePathBuf".
 */
export type AbsolutePathBuf = string
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "Account".
 */
export type Account = (ApiKeyAccount | ChatgptAccount | AmazonBedrockAccount | GcpAccount)
export type ApiKeyAccountType = "apiKey"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PlanType".
 */
export type PlanType = ("free" | "go" | "plus" | "pro" | "prolite" | "promax" | "team" | "self_serve_business_prolite" | "self_serve_business_usage_based" | "business" | "ent26" | "enterprise_cbp_automation" | "enterprise_cbp_usage_based" | "enterprise" | "edu" | "edu_plus" | "edu_pro" | "sci" | "sci_plus" | "unknown")
export type ChatgptAccountType = "chatgpt"
export type AmazonBedrockAccountType = "amazonBedrock"
export type GcpAccountType = "gcp"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "DesktopOnboardingEntrypoint".
 */
export type DesktopOnboardingEntrypoint = "life_sciences"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RateLimitReachedType".
 */
export type RateLimitReachedType = ("rate_limit_reached" | "workspace_owner_credits_depleted" | "workspace_member_credits_depleted" | "workspace_owner_usage_limit_reached" | "workspace_member_usage_limit_reached")
/**
 * Backend routing policy. Wire values match the accounts/check contract.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountRoutingOverride".
 */
export type AccountRoutingOverride = ("NO_CONSTRAINT" | "us" | "us_cr")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountSessionWorkspaceKind".
 */
export type AccountSessionWorkspaceKind = ("personal" | "workspace")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountUpdateReason".
 */
export type AccountUpdateReason = ("workspaceRoutingReady" | "unknown")
/**
 * Authentication mode for OpenAI-backed providers.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AuthMode".
 */
export type AuthMode = ("apikey" | "chatgpt" | "chatgptAuthTokens" | "headers" | "agentIdentity" | "personalAccessToken" | "bedrockApiKey" | "bedrockAccessKeys")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AddCreditsNudgeCreditType".
 */
export type AddCreditsNudgeCreditType = ("credits" | "usage_limit")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AddCreditsNudgeEmailStatus".
 */
export type AddCreditsNudgeEmailStatus = ("sent" | "cooldown_active")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AdditionalContextKind".
 */
export type AdditionalContextKind = ("untrusted" | "application")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FileSystemAccessMode".
 */
export type FileSystemAccessMode = ("read" | "write" | "deny")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FileSystemPath".
 */
export type FileSystemPath = (PathFileSystemPath | GlobPatternFileSystemPath | SpecialFileSystemPath)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "LegacyAppPathString".
 */
export type LegacyAppPathString = string
export type PathFileSystemPathType = "path"
export type GlobPatternFileSystemPathType = "glob_pattern"
export type SpecialFileSystemPathType = "special"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FileSystemSpecialPath".
 */
export type FileSystemSpecialPath = (RootFileSystemSpecialPath | MinimalFileSystemSpecialPath | KindFileSystemSpecialPath | TmpdirFileSystemSpecialPath | SlashTmpFileSystemSpecialPath | {
kind: "unknown"
path: string
subpath?: (LegacyAppPathString | null)
})
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AgentMessageDelivery".
 */
export type AgentMessageDelivery = "async"
/**
 * How Chat should present a recovered answer.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AgentMessageDisplay".
 */
export type AgentMessageDisplay = ({
annotation?: (AnswerAnnotation | null)
mode: "show"
trustedContacts: TrustedContacts
version: 1
} | {
mode: "hide"
replacement: AnswerReplacement
version: 1
} | {
mode: "block"
reason: BlockReason
version: 1
})
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AnswerAnnotation".
 */
export type AnswerAnnotation = {
kind: "wellbeingHelpline"
subject: HelplineSubject
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HelplineSubject".
 */
export type HelplineSubject = ("answer" | "prompt")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TrustedContacts".
 */
export type TrustedContacts = ("check" | "skip")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AnswerReplacement".
 */
export type AnswerReplacement = WellbeingPromptHelplineAnswerReplacement
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "BlockReason".
 */
export type BlockReason = ({
kind: "protection"
/**
 * Identifies the same moderation row that Chat writes on the live path.
 */
protectionType: string
} | KindBlockReason)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AgentMessageInputContent".
 */
export type AgentMessageInputContent = (InputTextAgentMessageInputContent | EncryptedContentAgentMessageInputContent)
export type InputTextAgentMessageInputContentType = "input_text"
export type EncryptedContentAgentMessageInputContentType = "encrypted_content"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AgentPath".
 */
export type AgentPath = string
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AllowDenyRequirement".
 */
export type AllowDenyRequirement = ("allow" | "deny")
/**
 * Configures who approval requests are routed to for review. Examples include sandbox escapes, blocked network access, MCP approval prompts, and ARC escalations. Defaults to `user`. `auto_review` uses a carefully prompted subagent to gather relevant context and apply a risk-based decision framework before approving or denying the request. The legacy value `guardian_subagent` is accepted for compatibility.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ApprovalsReviewer".
 */
export type ApprovalsReviewer = ("user" | "auto_review" | "guardian_subagent")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppToolApproval".
 */
export type AppToolApproval = ("auto" | "prompt" | "writes" | "approve")
/**
 * A model-facing surface on which a tool can be exposed.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ToolExposureSurface".
 */
export type ToolExposureSurface = ("code_mode" | "deferred" | "direct")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppTemplateUnavailableReason".
 */
export type AppTemplateUnavailableReason = ("NOT_CONFIGURED_FOR_WORKSPACE" | "NO_ACTIVE_WORKSPACE")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NetworkDomainPermission".
 */
export type NetworkDomainPermission = ("allow" | "deny")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AskForApproval".
 */
export type AskForApproval = (("untrusted" | "on-request" | "never") | GranularAskForApproval)
/**
 * Selects which part of the active context is charged against `model_auto_compact_token_limit`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AutoCompactTokenLimitScope".
 */
export type AutoCompactTokenLimitScope = ("total" | "body_after_prefix")
/**
 * [UNSTABLE] Source that produced a terminal approval auto-review decision.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AutoReviewDecisionSource".
 */
export type AutoReviewDecisionSource = "agent"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "BedrockProviderId".
 */
export type BedrockProviderId = ("amazon-bedrock" | "amazon-bedrock-runtime")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "BrowserUseAccessApprovalLifetime".
 */
export type BrowserUseAccessApprovalLifetime = ("turn" | "thread")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CancelLoginAccountStatus".
 */
export type CancelLoginAccountStatus = ("canceled" | "notFound")
/**
 * Location used to resolve a selected capability root.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CapabilityRootLocation".
 */
export type CapabilityRootLocation = EnvironmentCapabilityRootLocation
export type EnvironmentCapabilityRootLocationType = "environment"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CliAuthCredentialsStoreMode".
 */
export type CliAuthCredentialsStoreMode = ("file" | "keyring" | "auto" | "ephemeral")
/**
 * Request from the client to the server.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ClientRequest".
 */
export type ClientRequest = (InitializeRequest | ThreadStartRequest | ThreadResumeRequest | ThreadForkRequest | ThreadArchiveRequest | ThreadDeleteRequest | ThreadUnsubscribeRequest | ThreadNameSetRequest | ThreadGoalSetRequest | ThreadGoalGetRequest | ThreadGoalClearRequest | ThreadMetadataUpdateRequest | ThreadAttachmentAddRequest | ThreadAttachmentListRequest | ThreadAttachmentOwnerListRequest | ThreadAttachmentRemoveRequest | ThreadSectionMoveRequest | ThreadUnarchiveRequest | ThreadCompactStartRequest | ThreadShellCommandRequest | ThreadApproveGuardianDeniedActionRequest | ThreadRevertRequest | ThreadListRequest | ThreadSectionListRequest | ThreadSectionCreateRequest | ThreadSectionUpdateRequest | ThreadSectionDeleteRequest | ThreadLoadedListRequest | ThreadReadRequest | ThreadTurnsListRequest | ThreadItemsListRequest | ThreadInjectItemsRequest | SkillsListRequest | SkillsExtraRootsSetRequest | HooksListRequest | MarketplaceAddRequest | MarketplaceRemoveRequest | MarketplaceUpgradeRequest | PluginListRequest | PluginInstalledRequest | PluginReconcileRequest | PluginReadRequest | PluginSkillReadRequest | PluginShareSaveRequest | PluginShareUpdateTargetsRequest | PluginShareListRequest | PluginShareCheckoutRequest | PluginShareDeleteRequest | AppReadRequest | AppListRequest | AppInstalledRequest | FsReadFileRequest | FsWriteFileRequest | FsCreateDirectoryRequest | FsGetMetadataRequest | FsReadDirectoryRequest | FsRemoveRequest | FsCopyRequest | FsWatchRequest | FsUnwatchRequest | SkillsConfigWriteRequest | PluginInstallRequest | PluginUninstallRequest | TurnStartRequest | TurnSteerRequest | TurnInterruptRequest | ReviewStartRequest | ModelListRequest | AccountGatewayOAuthReadRequest | AccountGatewayOAuthLoginRequest | AccountGatewayOAuthCancelRequest | ModelProviderListRequest | ModelProviderConfigWriteRequest | ModelProviderDefaultSetRequest | ModelProviderCapabilitiesReadRequest | ExperimentalFeatureListRequest | PermissionProfileListRequest | ExperimentalFeatureEnablementSetRequest | McpServerOauthLoginRequest | ConfigMcpServerReloadRequest | McpServerStatusListRequest | McpServerResourceReadRequest | McpServerToolCallRequest | WindowsSandboxSetupStartRequest | WindowsSandboxReadinessRequest | AccountLoginStartRequest | AccountLoginCancelRequest | AccountLogoutRequest | AccountSecuritySetupReadRequest | AccountRateLimitsReadRequest | AccountRateLimitResetCreditConsumeRequest | AccountUsageReadRequest | AccountWorkspaceMessagesReadRequest | AccountSendAddCreditsNudgeEmailRequest | FeedbackUploadRequest | FeedbackSaveRequest | CommandExecRequest | CommandExecWriteRequest | CommandExecTerminateRequest | CommandExecResizeRequest | ConfigReadRequest | ExternalAgentConfigDetectRequest | ExternalAgentConfigImportRequest | ExternalAgentConfigImportRecordHistoryRequest | ExternalAgentConfigImportReadHistoriesRequest | ConfigValueWriteRequest | ConfigBatchWriteRequest | ConfigRequirementsReadRequest | AccountReadRequest | FuzzyFileSearchRequest)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RequestId".
 */
export type RequestId = (string | number)
export type InitializeRequestMethod = "initialize"
export type ThreadStartRequestMethod = "thread/start"
/**
 * Deprecated: `friendly` and `pragmatic` no longer select a style.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "Personality".
 */
export type Personality = ("none" | "friendly" | "pragmatic")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SandboxMode".
 */
export type SandboxMode = ("read-only" | "workspace-write" | "danger-full-access")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadStartSource".
 */
export type ThreadStartSource = ("startup" | "clear")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSource".
 */
export type ThreadSource = string
export type ThreadResumeRequestMethod = "thread/resume"
export type ThreadForkRequestMethod = "thread/fork"
export type ThreadArchiveRequestMethod = "thread/archive"
export type ThreadDeleteRequestMethod = "thread/delete"
export type ThreadUnsubscribeRequestMethod = "thread/unsubscribe"
export type ThreadNameSetRequestMethod = "thread/name/set"
export type ThreadGoalSetRequestMethod = "thread/goal/set"
/**
 * Distinguishes explicit user actions from automatic goal lifecycle mutations.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadGoalMutationOrigin".
 */
export type ThreadGoalMutationOrigin = ("user" | "automatic")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadGoalStatus".
 */
export type ThreadGoalStatus = ("active" | "paused" | "blocked" | "usageLimited" | "budgetLimited" | "complete")
export type ThreadGoalGetRequestMethod = "thread/goal/get"
export type ThreadGoalClearRequestMethod = "thread/goal/clear"
export type ThreadMetadataUpdateRequestMethod = "thread/metadata/update"
export type ThreadAttachmentAddRequestMethod = "thread/attachment/add"
export type ThreadAttachmentListRequestMethod = "thread/attachment/list"
export type ThreadAttachmentOwnerListRequestMethod = "thread/attachmentOwner/list"
export type ThreadAttachmentRemoveRequestMethod = "thread/attachment/remove"
export type ThreadSectionMoveRequestMethod = "thread/section/move"
export type ThreadUnarchiveRequestMethod = "thread/unarchive"
export type ThreadCompactStartRequestMethod = "thread/compact/start"
export type ThreadShellCommandRequestMethod = "thread/shellCommand"
export type ThreadApproveGuardianDeniedActionRequestMethod = "thread/approveGuardianDeniedAction"
export type ThreadRevertRequestMethod = "thread/revert"
export type ThreadListRequestMethod = "thread/list"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadListCwdFilter".
 */
export type ThreadListCwdFilter = (string | string[])
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SortDirection".
 */
export type SortDirection = ("asc" | "desc")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSortKey".
 */
export type ThreadSortKey = ("created_at" | "updated_at" | "recency_at" | "section_position")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSourceKind".
 */
export type ThreadSourceKind = ("cli" | "vscode" | "exec" | "appServer" | "subAgent" | "subAgentReview" | "subAgentCompact" | "subAgentThreadSpawn" | "subAgentOther" | "unknown")
export type ThreadSectionListRequestMethod = "threadSection/list"
export type ThreadSectionCreateRequestMethod = "threadSection/create"
export type ThreadSectionUpdateRequestMethod = "threadSection/update"
export type ThreadSectionDeleteRequestMethod = "threadSection/delete"
export type ThreadLoadedListRequestMethod = "thread/loaded/list"
export type ThreadReadRequestMethod = "thread/read"
export type ThreadTurnsListRequestMethod = "thread/turns/list"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnItemsView".
 */
export type TurnItemsView = ("notLoaded" | "summary" | "full")
export type ThreadItemsListRequestMethod = "thread/items/list"
/**
 * Starting position for an item-history page.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadItemsListCursor".
 */
export type ThreadItemsListCursor = (string | ThreadItemsListAnchor)
/**
 * An exclusive item position within the requested visible turn.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadItemsListAnchor".
 */
export type ThreadItemsListAnchor = ItemThreadItemsListAnchor
export type ItemThreadItemsListAnchorType = "item"
export type ThreadInjectItemsRequestMethod = "thread/inject_items"
export type SkillsListRequestMethod = "skills/list"
export type SkillsExtraRootsSetRequestMethod = "skills/extraRoots/set"
export type HooksListRequestMethod = "hooks/list"
export type MarketplaceAddRequestMethod = "marketplace/add"
export type MarketplaceRemoveRequestMethod = "marketplace/remove"
export type MarketplaceUpgradeRequestMethod = "marketplace/upgrade"
export type PluginListRequestMethod = "plugin/list"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginListMarketplaceKind".
 */
export type PluginListMarketplaceKind = ("local" | "vertical" | "workspace-directory" | "shared-with-me" | "created-by-me-remote")
export type PluginInstalledRequestMethod = "plugin/installed"
export type PluginReconcileRequestMethod = "plugin/reconcile"
export type PluginReadRequestMethod = "plugin/read"
export type PluginSkillReadRequestMethod = "plugin/skill/read"
export type PluginShareSaveRequestMethod = "plugin/share/save"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareDiscoverability".
 */
export type PluginShareDiscoverability = ("LISTED" | "UNLISTED" | "PRIVATE")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginSharePrincipalType".
 */
export type PluginSharePrincipalType = ("user" | "group" | "workspace")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareTargetRole".
 */
export type PluginShareTargetRole = ("reader" | "editor")
export type PluginShareUpdateTargetsRequestMethod = "plugin/share/updateTargets"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareUpdateDiscoverability".
 */
export type PluginShareUpdateDiscoverability = ("UNLISTED" | "PRIVATE" | "LISTED")
export type PluginShareListRequestMethod = "plugin/share/list"
export type PluginShareCheckoutRequestMethod = "plugin/share/checkout"
export type PluginShareDeleteRequestMethod = "plugin/share/delete"
export type AppReadRequestMethod = "app/read"
export type AppListRequestMethod = "app/list"
export type AppInstalledRequestMethod = "app/installed"
export type FsReadFileRequestMethod = "fs/readFile"
export type FsWriteFileRequestMethod = "fs/writeFile"
export type FsCreateDirectoryRequestMethod = "fs/createDirectory"
export type FsGetMetadataRequestMethod = "fs/getMetadata"
export type FsReadDirectoryRequestMethod = "fs/readDirectory"
export type FsRemoveRequestMethod = "fs/remove"
export type FsCopyRequestMethod = "fs/copy"
export type FsWatchRequestMethod = "fs/watch"
export type FsUnwatchRequestMethod = "fs/unwatch"
export type SkillsConfigWriteRequestMethod = "skills/config/write"
export type PluginInstallRequestMethod = "plugin/install"
export type PluginUninstallRequestMethod = "plugin/uninstall"
export type TurnStartRequestMethod = "turn/start"
/**
 * A non-empty reasoning effort value advertised by the model.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReasoningEffort".
 */
export type ReasoningEffort = string
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "UserInput".
 */
export type UserInput = (TextUserInput | ImageUserInput | LocalImageUserInput | AudioUserInput | LocalAudioUserInput | SkillUserInput | MentionUserInput)
export type TextUserInputType = "text"
export type ImageUserInput = ((UrlUserInput | FileIdUserInput) & {
detail?: (ImageDetail | null)
type: ImageUserInputType
})
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ImageDetail".
 */
export type ImageDetail = ("auto" | "low" | "high" | "original")
export type ImageUserInputType = "image"
export type LocalImageUserInputType = "localImage"
export type AudioUserInput = ((UrlUserInput1 | FileIdUserInput1) & {
type: AudioUserInputType
})
export type AudioUserInputType = "audio"
export type LocalAudioUserInputType = "localAudio"
export type SkillUserInputType = "skill"
export type MentionUserInputType = "mention"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SandboxPolicy".
 */
export type SandboxPolicy = (DangerFullAccessSandboxPolicy | ReadOnlySandboxPolicy | ExternalSandboxSandboxPolicy | WorkspaceWriteSandboxPolicy)
export type DangerFullAccessSandboxPolicyType = "dangerFullAccess"
export type ReadOnlySandboxPolicyType = "readOnly"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NetworkAccess".
 */
export type NetworkAccess = ("restricted" | "enabled")
export type ExternalSandboxSandboxPolicyType = "externalSandbox"
export type WorkspaceWriteSandboxPolicyType = "workspaceWrite"
/**
 * A summary of the reasoning performed by the model. This can be useful for debugging and understanding the model's reasoning process. See https://platform.openai.com/docs/guides/reasoning?api-mode=responses#reasoning-summaries
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReasoningSummary".
 */
export type ReasoningSummary = (("auto" | "concise" | "detailed") | "none")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FunctionCallOutputBody".
 */
export type FunctionCallOutputBody = (string | FunctionCallOutputContentItem[])
/**
 * Responses API compatible content items that can be returned by a tool call. This is a subset of ContentItem with the types we support as function call outputs.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FunctionCallOutputContentItem".
 */
export type FunctionCallOutputContentItem = (InputTextFunctionCallOutputContentItem | InputImageFunctionCallOutputContentItem | InputAudioFunctionCallOutputContentItem | EncryptedContentFunctionCallOutputContentItem)
export type InputTextFunctionCallOutputContentItemType = "input_text"
export type InputImageFunctionCallOutputContentItem = ((ImageUrlFunctionCallOutputContentItem | FileIdFunctionCallOutputContentItem) & {
detail?: (ImageDetail | null)
type: InputImageFunctionCallOutputContentItemType
})
export type InputImageFunctionCallOutputContentItemType = "input_image"
/**
 * Inline audio data or an uploaded file loaded by the Responses API.
 */
export type InputAudioFunctionCallOutputContentItem = ((AudioUrlFunctionCallOutputContentItem | FileIdFunctionCallOutputContentItem1) & {
type: InputAudioFunctionCallOutputContentItemType
})
export type InputAudioFunctionCallOutputContentItemType = "input_audio"
export type EncryptedContentFunctionCallOutputContentItemType = "encrypted_content"
export type TurnSteerRequestMethod = "turn/steer"
export type TurnInterruptRequestMethod = "turn/interrupt"
export type ReviewStartRequestMethod = "review/start"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReviewDelivery".
 */
export type ReviewDelivery = "inline"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReviewTarget".
 */
export type ReviewTarget = (UncommittedChangesReviewTarget | BaseBranchReviewTarget | CommitReviewTarget | CustomReviewTarget)
export type UncommittedChangesReviewTargetType = "uncommittedChanges"
export type BaseBranchReviewTargetType = "baseBranch"
export type CommitReviewTargetType = "commit"
export type CustomReviewTargetType = "custom"
export type ModelListRequestMethod = "model/list"
export type AccountGatewayOAuthReadRequestMethod = "account/gatewayOAuth/read"
export type AccountGatewayOAuthLoginRequestMethod = "account/gatewayOAuth/login"
export type AccountGatewayOAuthCancelRequestMethod = "account/gatewayOAuth/cancel"
export type ModelProviderListRequestMethod = "modelProvider/list"
export type ModelProviderConfigWriteRequestMethod = "modelProvider/config/write"
/**
 * Omitted patch fields preserve their values. Explicit null clears a nullable field.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ProviderSettingsPatch".
 */
export type ProviderSettingsPatch = (CustomGatewayProviderSettingsPatch | BedrockProviderSettingsPatch | GcpProviderSettingsPatch)
export type CustomGatewayProviderSettingsPatchType = "customGateway"
export type BedrockProviderSettingsPatchType = "bedrock"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GcpProviderId".
 */
export type GcpProviderId = "gcp"
export type GcpProviderSettingsPatchType = "gcp"
export type ModelProviderDefaultSetRequestMethod = "modelProvider/default/set"
export type ModelProviderCapabilitiesReadRequestMethod = "modelProvider/capabilities/read"
export type ExperimentalFeatureListRequestMethod = "experimentalFeature/list"
export type PermissionProfileListRequestMethod = "permissionProfile/list"
export type ExperimentalFeatureEnablementSetRequestMethod = "experimentalFeature/enablement/set"
export type McpServerOauthLoginRequestMethod = "mcpServer/oauth/login"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerOauthClientRegistration".
 */
export type McpServerOauthClientRegistration = ("auto" | "cimd" | "dcr")
export type ConfigMcpServerReloadRequestMethod = "config/mcpServer/reload"
export type McpServerStatusListRequestMethod = "mcpServerStatus/list"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerStatusDetail".
 */
export type McpServerStatusDetail = ("full" | "toolsAndAuthOnly")
export type McpServerResourceReadRequestMethod = "mcpServer/resource/read"
export type McpServerToolCallRequestMethod = "mcpServer/tool/call"
export type WindowsSandboxSetupStartRequestMethod = "windowsSandbox/setupStart"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WindowsSandboxSetupMode".
 */
export type WindowsSandboxSetupMode = ("elevated" | "unelevated")
export type WindowsSandboxReadinessRequestMethod = "windowsSandbox/readiness"
export type AccountLoginStartRequestMethod = "account/login/start"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "LoginAccountParams".
 */
export type LoginAccountParams = (ApiKeyv2LoginAccountParams | Chatgptv2LoginAccountParams | ChatgptDeviceCodev2LoginAccountParams | ChatgptAuthTokensv2LoginAccountParams | AmazonBedrockv2LoginAccountParams | AmazonBedrockAccessKeysv2LoginAccountParams)
export type ApiKeyv2LoginAccountParamsType = "apiKey"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "LoginAppBrand".
 */
export type LoginAppBrand = ("codex" | "chatgpt")
export type Chatgptv2LoginAccountParamsType = "chatgpt"
export type ChatgptDeviceCodev2LoginAccountParamsType = "chatgptDeviceCode"
export type ChatgptAuthTokensv2LoginAccountParamsType = "chatgptAuthTokens"
export type AmazonBedrockv2LoginAccountParamsType = "amazonBedrock"
export type AmazonBedrockAccessKeysv2LoginAccountParamsType = "amazonBedrockAccessKeys"
export type AccountLoginCancelRequestMethod = "account/login/cancel"
export type AccountLogoutRequestMethod = "account/logout"
export type AccountSecuritySetupReadRequestMethod = "account/securitySetup/read"
export type AccountRateLimitsReadRequestMethod = "account/rateLimits/read"
export type AccountRateLimitResetCreditConsumeRequestMethod = "account/rateLimitResetCredit/consume"
export type AccountUsageReadRequestMethod = "account/usage/read"
export type AccountWorkspaceMessagesReadRequestMethod = "account/workspaceMessages/read"
export type AccountSendAddCreditsNudgeEmailRequestMethod = "account/sendAddCreditsNudgeEmail"
export type FeedbackUploadRequestMethod = "feedback/upload"
export type FeedbackSaveRequestMethod = "feedback/save"
export type CommandExecRequestMethod = "command/exec"
export type CommandExecWriteRequestMethod = "command/exec/write"
export type CommandExecTerminateRequestMethod = "command/exec/terminate"
export type CommandExecResizeRequestMethod = "command/exec/resize"
export type ConfigReadRequestMethod = "config/read"
export type ExternalAgentConfigDetectRequestMethod = "externalAgentConfig/detect"
export type ExternalAgentConfigImportRequestMethod = "externalAgentConfig/import"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigMigrationItemType".
 */
export type ExternalAgentConfigMigrationItemType = ("AGENTS_MD" | "CONFIG" | "SKILLS" | "PLUGINS" | "MCP_SERVER_CONFIG" | "SUBAGENTS" | "HOOKS" | "COMMANDS" | "MEMORY" | "SESSIONS")
export type ExternalAgentConfigImportRecordHistoryRequestMethod = "externalAgentConfig/import/recordHistory"
export type ExternalAgentConfigImportReadHistoriesRequestMethod = "externalAgentConfig/import/readHistories"
export type ConfigValueWriteRequestMethod = "config/value/write"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MergeStrategy".
 */
export type MergeStrategy = ("replace" | "upsert")
export type ConfigBatchWriteRequestMethod = "config/batchWrite"
export type ConfigRequirementsReadRequestMethod = "configRequirements/read"
export type AccountReadRequestMethod = "account/read"
export type FuzzyFileSearchRequestMethod = "fuzzyFileSearch"
/**
 * This translation layer make sure that we expose codex error code in camel case.
 * 
 * When an upstream HTTP status is available (for example, from the Responses API or a provider), it is forwarded in `httpStatusCode` on the relevant `codexErrorInfo` variant.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CodexErrorInfo".
 */
export type CodexErrorInfo = (("contextWindowExceeded" | "sessionBudgetExceeded" | "usageLimitExceeded" | "rateLimitExceeded" | "flexUnavailable" | "serverOverloaded" | "modelNotFound" | "policyCapacityUnavailable" | "cyberPolicy" | "bioPolicy" | "misalignmentPolicyViolation" | "tooManyDenials" | "internalServerError" | "unauthorized" | "badRequest" | "threadRollbackFailed" | "sandboxError" | "other") | "inferenceHookDenied" | HttpConnectionFailedCodexErrorInfo | ResponseStreamConnectionFailedCodexErrorInfo | ResponseStreamDisconnectedCodexErrorInfo | ResponseTooManyFailedAttemptsCodexErrorInfo | ActiveTurnNotSteerableCodexErrorInfo | (string | {

}))
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NonSteerableTurnKind".
 */
export type NonSteerableTurnKind = ("review" | "compact")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CodexResponseHandoffMode".
 */
export type CodexResponseHandoffMode = ("thinking" | "commentary" | "bemTags")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CollabAgentStatus".
 */
export type CollabAgentStatus = ("pendingInit" | "running" | "interrupted" | "completed" | "errored" | "shutdown" | "notFound")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CollabAgentTool".
 */
export type CollabAgentTool = ("spawnAgent" | "sendInput" | "resumeAgent" | "wait" | "closeAgent" | "sendMessage" | "followupTask" | "interruptAgent" | "listAgents")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CollabAgentToolCallStatus".
 */
export type CollabAgentToolCallStatus = ("inProgress" | "completed" | "failed" | "interrupted")
/**
 * Initial collaboration mode to use when the TUI starts.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModeKind".
 */
export type ModeKind = ("plan" | "default")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandAction".
 */
export type CommandAction = (ReadCommandAction | ListFilesCommandAction | SearchCommandAction | UnknownCommandAction)
export type ReadCommandActionType = "read"
export type ListFilesCommandActionType = "listFiles"
export type SearchCommandActionType = "search"
export type UnknownCommandActionType = "unknown"
/**
 * Stream label for `command/exec/outputDelta` notifications.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecOutputStream".
 */
export type CommandExecOutputStream = ("stdout" | "stderr")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecutionSource".
 */
export type CommandExecutionSource = ("agent" | "userShell" | "unifiedExecStartup" | "unifiedExecInteraction")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecutionStatus".
 */
export type CommandExecutionStatus = ("inProgress" | "completed" | "failed" | "declined")
/**
 * Provider preference selected by the resolved model catalog entry.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WebSearchProvider".
 */
export type WebSearchProvider = ("standalone" | "search_mcp")
/**
 * Backward-compatible API shape for ChatGPT workspace login restrictions.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ForcedChatgptWorkspaceIds".
 */
export type ForcedChatgptWorkspaceIds = (string | string[])
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ForcedLoginMethod".
 */
export type ForcedLoginMethod = ("chatgpt" | "api")
/**
 * Controls output length/detail on GPT-5 models via the Responses API. Serialized with lowercase values to match the OpenAI API.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "Verbosity".
 */
export type Verbosity = ("low" | "medium" | "high")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WebSearchContextSize".
 */
export type WebSearchContextSize = ("low" | "medium" | "high")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WebSearchMode".
 */
export type WebSearchMode = ("disabled" | "cached" | "indexed" | "live")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigLayerSource".
 */
export type ConfigLayerSource = (PackagedDefaultsConfigLayerSource | MdmConfigLayerSource | SystemConfigLayerSource | EnterpriseManagedConfigLayerSource | UserConfigLayerSource | ProjectConfigLayerSource | SessionFlagsConfigLayerSource | LegacyManagedConfigTomlFromFileConfigLayerSource | LegacyManagedConfigTomlFromMdmConfigLayerSource)
export type PackagedDefaultsConfigLayerSourceType = "packagedDefaults"
export type MdmConfigLayerSourceType = "mdm"
export type SystemConfigLayerSourceType = "system"
export type EnterpriseManagedConfigLayerSourceType = "enterpriseManaged"
export type UserConfigLayerSourceType = "user"
export type ProjectConfigLayerSourceType = "project"
export type SessionFlagsConfigLayerSourceType = "sessionFlags"
export type LegacyManagedConfigTomlFromFileConfigLayerSourceType = "legacyManagedConfigTomlFromFile"
export type LegacyManagedConfigTomlFromMdmConfigLayerSourceType = "legacyManagedConfigTomlFromMdm"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WindowsSandboxImplementation".
 */
export type WindowsSandboxImplementation = ("elevated" | "unelevated" | "mxc")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ResidencyRequirement".
 */
export type ResidencyRequirement = "us"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "OtelExporter".
 */
export type OtelExporter = (("none" | "statsig") | OtlpHttpOtelExporter | OtlpGrpcOtelExporter)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "OtelHttpProtocol".
 */
export type OtelHttpProtocol = ("binary" | "json")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WriteStatus".
 */
export type WriteStatus = ("ok" | "okOverridden")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfiguredHookHandler".
 */
export type ConfiguredHookHandler = (CommandConfiguredHookHandler | McpToolConfiguredHookHandler | PromptConfiguredHookHandler | AgentConfiguredHookHandler)
export type CommandConfiguredHookHandlerType = "command"
export type McpToolConfiguredHookHandlerType = "mcp_tool"
export type PromptConfiguredHookHandlerType = "prompt"
export type AgentConfiguredHookHandlerType = "agent"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConsumeAccountRateLimitResetCreditOutcome".
 */
export type ConsumeAccountRateLimitResetCreditOutcome = ("reset" | "nothingToReset" | "noCredit" | "alreadyRedeemed")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ContentItem".
 */
export type ContentItem = (InputTextContentItem | InputImageContentItem | InputAudioContentItem | OutputTextContentItem)
export type InputTextContentItemType = "input_text"
export type InputImageContentItem = ((ImageUrlContentItem | FileIdContentItem) & {
detail?: (ImageDetail | null)
type: InputImageContentItemType
})
export type InputImageContentItemType = "input_image"
/**
 * Inline audio data or an uploaded file loaded by the Responses API.
 */
export type InputAudioContentItem = ((AudioUrlContentItem | FileIdContentItem1) & {
type: InputAudioContentItemType
})
export type InputAudioContentItemType = "input_audio"
export type OutputTextContentItemType = "output_text"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConversationTextRole".
 */
export type ConversationTextRole = ("user" | "developer" | "assistant")
/**
 * Requested cyber treatment for an OpenAI model turn. Authorization and model-tier restrictions remain server-owned.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CyberAccessProgram".
 */
export type CyberAccessProgram = ("standard" | "daybreakBlue" | "daybreakRed")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "DynamicToolCallOutputContentItem".
 */
export type DynamicToolCallOutputContentItem = (InputTextDynamicToolCallOutputContentItem | InputImageDynamicToolCallOutputContentItem | InputAudioDynamicToolCallOutputContentItem)
export type InputTextDynamicToolCallOutputContentItemType = "inputText"
export type InputImageDynamicToolCallOutputContentItemType = "inputImage"
export type InputAudioDynamicToolCallOutputContentItemType = "inputAudio"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "DynamicToolCallStatus".
 */
export type DynamicToolCallStatus = ("inProgress" | "completed" | "failed")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "DynamicToolNamespaceTool".
 */
export type DynamicToolNamespaceTool = FunctionDynamicToolNamespaceTool
export type FunctionDynamicToolNamespaceToolType = "function"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "DynamicToolSpec".
 */
export type DynamicToolSpec = (FunctionDynamicToolSpec | NamespaceDynamicToolSpec)
export type FunctionDynamicToolSpecType = "function"
export type NamespaceDynamicToolSpecType = "namespace"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExperimentalFeatureStage".
 */
export type ExperimentalFeatureStage = ("beta" | "underDevelopment" | "stable" | "deprecated" | "removed")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentDetectedConnectorSource".
 */
export type ExternalAgentDetectedConnectorSource = ("remoteMcpServersConfig" | "sessionToolUse")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentImportedConnectorSource".
 */
export type ExternalAgentImportedConnectorSource = "remoteMcpServersConfig"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PatchChangeKind".
 */
export type PatchChangeKind = (AddPatchChangeKind | DeletePatchChangeKind | UpdatePatchChangeKind)
export type AddPatchChangeKindType = "add"
export type DeletePatchChangeKindType = "delete"
export type UpdatePatchChangeKindType = "update"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FuzzyFileSearchMatchType".
 */
export type FuzzyFileSearchMatchType = ("file" | "directory")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GatewayAuth".
 */
export type GatewayAuth = (NoneGatewayAuth | {
envKey: string
mode: "environmentVariable"
} | ModeGatewayAuth)
export type NoneGatewayAuthMode = "none"
export type ModeGatewayAuthMode = "externallyConfigured"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GatewayOAuthStatus".
 */
export type GatewayOAuthStatus = ("notReady" | "started" | "succeeded" | "failed")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RateLimitResetType".
 */
export type RateLimitResetType = ("codexRateLimits" | "unknown")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RateLimitResetCreditStatus".
 */
export type RateLimitResetCreditStatus = ("available" | "redeeming" | "redeemed" | "unknown")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WorkspaceMessageType".
 */
export type WorkspaceMessageType = ("headline" | "announcement" | "unknown")
/**
 * [UNSTABLE] Risk level assigned by approval auto-review.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GuardianRiskLevel".
 */
export type GuardianRiskLevel = ("low" | "medium" | "high" | "critical")
/**
 * [UNSTABLE] Lifecycle state for an approval auto-review.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GuardianApprovalReviewStatus".
 */
export type GuardianApprovalReviewStatus = ("inProgress" | "approved" | "denied" | "timedOut" | "aborted")
/**
 * [UNSTABLE] Authorization level assigned by approval auto-review.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GuardianUserAuthorization".
 */
export type GuardianUserAuthorization = ("unknown" | "low" | "medium" | "high")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GuardianApprovalReviewAction".
 */
export type GuardianApprovalReviewAction = (CommandGuardianApprovalReviewAction | ExecveGuardianApprovalReviewAction | WriteStdinGuardianApprovalReviewAction | ApplyPatchGuardianApprovalReviewAction | NetworkAccessGuardianApprovalReviewAction | McpToolCallGuardianApprovalReviewAction | RequestPermissionsGuardianApprovalReviewAction)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GuardianCommandSource".
 */
export type GuardianCommandSource = ("shell" | "unifiedExec")
export type CommandGuardianApprovalReviewActionType = "command"
export type ExecveGuardianApprovalReviewActionType = "execve"
export type WriteStdinGuardianApprovalReviewActionType = "writeStdin"
export type ApplyPatchGuardianApprovalReviewActionType = "applyPatch"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NetworkApprovalProtocol".
 */
export type NetworkApprovalProtocol = ("http" | "https" | "socks5Tcp" | "socks5Udp")
export type NetworkAccessGuardianApprovalReviewActionType = "networkAccess"
export type McpToolCallGuardianApprovalReviewActionType = "mcpToolCall"
export type RequestPermissionsGuardianApprovalReviewActionType = "requestPermissions"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookOutputEntryKind".
 */
export type HookOutputEntryKind = ("warning" | "stop" | "feedback" | "context" | "error")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookEventName".
 */
export type HookEventName = ("preModelRequest" | "postModelRequest" | "preToolUse" | "permissionRequest" | "postToolUse" | "preCompact" | "postCompact" | "sessionStart" | "sessionEnd" | "userPromptSubmit" | "subagentStart" | "subagentStop" | "stop" | "interrupt")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookExecutionMode".
 */
export type HookExecutionMode = ("sync" | "async")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookHandlerType".
 */
export type HookHandlerType = ("command" | "mcpTool" | "prompt" | "agent")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookScope".
 */
export type HookScope = ("thread" | "turn")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookSource".
 */
export type HookSource = ("system" | "user" | "project" | "mdm" | "sessionFlags" | "plugin" | "cloudRequirements" | "cloudManagedConfig" | "legacyManagedConfigFile" | "legacyManagedConfigMdm" | "unknown")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookRunStatus".
 */
export type HookRunStatus = ("running" | "completed" | "failed" | "blocked" | "stopped")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookMetadata".
 */
export type HookMetadata = ({
/**
 * Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
 */
additionalContextLimit?: (number | null)
currentHash: string
displayOrder: number
enabled: boolean
/**
 * The owning execution environment, if this hook came from its requirements.
 */
environmentId?: (string | null)
eventName: HookEventName
isManaged: boolean
key: string
matcher?: (string | null)
pluginId?: (string | null)
source: HookSource
sourcePath: AbsolutePathBuf
statusMessage?: (string | null)
timeoutSec: number
trustStatus: HookTrustStatus
} & HookMetadata1)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookTrustStatus".
 */
export type HookTrustStatus = ("managed" | "untrusted" | "trusted" | "modified")
export type HookMetadata1 = ({
async?: boolean
command: string
handlerType: "command"
} | {
handlerType: "mcpTool"
server: string
tool: string
} | PromptHookMetadata | AgentHookMetadata)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ImageGenerationFailure".
 */
export type ImageGenerationFailure = UsageLimitExceededImageGenerationFailure
export type UsageLimitExceededImageGenerationFailureType = "usageLimitExceeded"
/**
 * Canonical user-input modality tags advertised by a model.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "InputModality".
 */
export type InputModality = ("text" | "image" | "audio")
/**
 * A thread item and its recorded lifecycle times. The payload stays flat on the wire.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadItem".
 */
export type ThreadItem = ({
/**
 * Unix timestamp in milliseconds when the item completed, if recorded.
 */
completedAtMs?: (number | null)
/**
 * Unix timestamp in milliseconds when the item started, if recorded.
 */
startedAtMs?: (number | null)
} & ThreadItem1)
export type ThreadItem1 = (UserMessageThreadItem | HookPromptThreadItem | AgentMessageThreadItem | FunctionCallOutputThreadItem | PlanThreadItem | ReasoningThreadItem | CommandExecutionThreadItem | FileChangeThreadItem | McpToolCallThreadItem | DynamicToolCallThreadItem | CollabAgentToolCallThreadItem | SubAgentActivityThreadItem | WebSearchThreadItem | ImageViewThreadItem | SleepThreadItem | ImageGenerationThreadItem | EnteredReviewModeThreadItem | ExitedReviewModeThreadItem | ContextCompactionThreadItem)
export type UserMessageThreadItemType = "userMessage"
export type HookPromptThreadItemType = "hookPrompt"
/**
 * Classifies assistant text as commentary, a partial answer, or a terminal answer.
 * 
 * Providers do not emit this consistently, so callers must treat `None` as "phase unknown" and keep compatibility behavior for legacy models.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MessagePhase".
 */
export type MessagePhase = ("commentary" | "partial_answer" | "final_answer")
export type AgentMessageThreadItemType = "agentMessage"
export type FunctionCallOutputThreadItemType = "functionCallOutput"
export type PlanThreadItemType = "plan"
export type ReasoningThreadItemType = "reasoning"
export type CommandExecutionThreadItemType = "commandExecution"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PatchApplyStatus".
 */
export type PatchApplyStatus = ("inProgress" | "completed" | "failed" | "declined")
export type FileChangeThreadItemType = "fileChange"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpAppDisplayMode".
 */
export type McpAppDisplayMode = ("inline" | "fullscreen")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpToolCallStatus".
 */
export type McpToolCallStatus = ("inProgress" | "completed" | "failed")
export type McpToolCallThreadItemType = "mcpToolCall"
export type DynamicToolCallThreadItemType = "dynamicToolCall"
export type CollabAgentToolCallThreadItemType = "collabAgentToolCall"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SubAgentActivityKind".
 */
export type SubAgentActivityKind = ("started" | "interacted" | "interrupted" | "completed")
export type SubAgentActivityThreadItemType = "subAgentActivity"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WebSearchAction".
 */
export type WebSearchAction = (SearchWebSearchAction | OpenPageWebSearchAction | FindInPageWebSearchAction | OtherWebSearchAction)
export type SearchWebSearchActionType = "search"
export type OpenPageWebSearchActionType = "openPage"
export type FindInPageWebSearchActionType = "findInPage"
export type OtherWebSearchActionType = "other"
export type WebSearchThreadItemType = "webSearch"
export type ImageViewThreadItemType = "imageView"
export type SleepThreadItemType = "sleep"
/**
 * Either inline generated-image data or its durable attachment-store identity.
 * 
 * `File` must remain first so rollouts written during the migration, which contain both an empty `result` and a `fileId`, retain the file reference when deserialized.
 */
export type ImageGenerationThreadItem = ((FileIdThreadItem | ResultThreadItem) & {
failure?: (ImageGenerationFailure | null)
/**
 * Image generation identifier for the generated image, when provided by the image backend.
 */
generationId?: (string | null)
id: string
/**
 * Observed local inputs for a completed generation, absent on older items.
 */
inputImages?: ImageGenerationInputImage[]
revisedPrompt?: (string | null)
savedPath?: (AbsolutePathBuf | null)
status: string
transparentBackground?: (boolean | null)
type: ImageGenerationThreadItemType
})
export type ImageGenerationThreadItemType = "imageGeneration"
export type EnteredReviewModeThreadItemType = "enteredReviewMode"
export type ExitedReviewModeThreadItemType = "exitedReviewMode"
export type ContextCompactionThreadItemType = "contextCompaction"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpAuthStatus".
 */
export type McpAuthStatus = ("unknown" | "unsupported" | "notLoggedIn" | "bearerToken" | "oAuth")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerConnectionStatus".
 */
export type McpServerConnectionStatus = ("notStarted" | "starting" | "connected" | "authenticationRequired" | "failed" | "cancelled" | "disabled")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "LocalShellAction".
 */
export type LocalShellAction = ExecLocalShellAction
export type ExecLocalShellActionType = "exec"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "LocalShellStatus".
 */
export type LocalShellStatus = ("completed" | "in_progress" | "incomplete")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "LoginAccountResponse".
 */
export type LoginAccountResponse = (ApiKeyv2LoginAccountResponse | Chatgptv2LoginAccountResponse | ChatgptDeviceCodev2LoginAccountResponse | ChatgptAuthTokensv2LoginAccountResponse | AmazonBedrockv2LoginAccountResponse)
export type ApiKeyv2LoginAccountResponseType = "apiKey"
export type Chatgptv2LoginAccountResponseType = "chatgpt"
export type ChatgptDeviceCodev2LoginAccountResponseType = "chatgptDeviceCode"
export type ChatgptAuthTokensv2LoginAccountResponseType = "chatgptAuthTokens"
export type AmazonBedrockv2LoginAccountResponseType = "amazonBedrock"
/**
 * Contents returned when reading a resource from an MCP server.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ResourceContent".
 */
export type ResourceContent = ({
_meta?: unknown
mimeType?: (string | null)
text: string
/**
 * The URI of this resource.
 */
uri: string
} | {
_meta?: unknown
blob: string
mimeType?: (string | null)
/**
 * The URI of this resource.
 */
uri: string
})
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerStartupFailureReason".
 */
export type McpServerStartupFailureReason = "reauthenticationRequired"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerStartupState".
 */
export type McpServerStartupState = ("starting" | "ready" | "failed" | "cancelled")
/**
 * Multi-agent runtime supported by a model.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MultiAgentVersion".
 */
export type MultiAgentVersion = ("disabled" | "v1" | "v2")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ProviderSettings".
 */
export type ProviderSettings = (OpenaiProviderSettings | CustomGatewayProviderSettings | BedrockProviderSettings | GcpProviderSettings)
export type OpenaiProviderSettingsType = "openai"
export type CustomGatewayProviderSettingsType = "customGateway"
export type BedrockProviderSettingsType = "bedrock"
export type GcpProviderSettingsType = "gcp"
/**
 * Structured JSON-RPC error data. Unknown errors must retain the client's normal fallback.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelProviderError".
 */
export type ModelProviderError = (ModelProviderMismatchv2ModelProviderError | ModelProviderNotConfiguredv2ModelProviderError | ModelProviderPolicyConflictv2ModelProviderError)
export type ModelProviderMismatchv2ModelProviderErrorType = "modelProviderMismatch"
export type ModelProviderNotConfiguredv2ModelProviderErrorType = "modelProviderNotConfigured"
export type ModelProviderPolicyConflictv2ModelProviderErrorType = "modelProviderPolicyConflict"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelRerouteReason".
 */
export type ModelRerouteReason = "highRiskCyberActivity"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelVerification".
 */
export type ModelVerification = "trustedAccessForCyber"
/**
 * Controls the effective multi-agent delegation instructions for a turn. `custom` means the configured mode hint defines the policy instead of a built-in policy.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MultiAgentMode".
 */
export type MultiAgentMode = (("explicitRequestOnly" | "proactive") | CustomMultiAgentMode)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NetworkUnixSocketPermission".
 */
export type NetworkUnixSocketPermission = ("allow" | "deny")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NullableGatewayOAuthLoginParams".
 */
export type Nullable_GatewayOAuthLoginParams = (GatewayOAuthLoginParams | null)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NullableGatewayOAuthReadParams".
 */
export type Nullable_GatewayOAuthReadParams = (GatewayOAuthReadParams | null)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NullableGetAccountRateLimitsParams".
 */
export type Nullable_GetAccountRateLimitsParams = (GetAccountRateLimitsParams | null)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NullableGetAccountTokenUsageParams".
 */
export type Nullable_GetAccountTokenUsageParams = (GetAccountTokenUsageParams | null)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PathUri".
 */
export type PathUri = string
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginAuthPolicy".
 */
export type PluginAuthPolicy = ("ON_INSTALL" | "ON_USE")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginAvailability".
 */
export type PluginAvailability = ("DISABLED_BY_ADMIN" | "AVAILABLE")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ScheduledTaskSchedule".
 */
export type ScheduledTaskSchedule = (HourlyScheduledTaskSchedule | DailyScheduledTaskSchedule | WeekdaysScheduledTaskSchedule | WeeklyScheduledTaskSchedule)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ScheduledTaskWeekday".
 */
export type ScheduledTaskWeekday = ("MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU")
export type HourlyScheduledTaskScheduleType = "hourly"
export type DailyScheduledTaskScheduleType = "daily"
export type WeekdaysScheduledTaskScheduleType = "weekdays"
export type WeeklyScheduledTaskScheduleType = "weekly"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginDisabledReason".
 */
export type PluginDisabledReason = ("disabled_by_admin" | "plan_not_eligible" | "required_app_unavailable" | "unknown")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginInstallPolicy".
 */
export type PluginInstallPolicy = ("NOT_AVAILABLE" | "AVAILABLE" | "INSTALLED_BY_DEFAULT")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginInstallPolicySource".
 */
export type PluginInstallPolicySource = ("WORKSPACE_SETTING" | "IMPLICIT_CANONICAL_APP")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginSharePrincipalRole".
 */
export type PluginSharePrincipalRole = ("reader" | "editor" | "owner")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginSource".
 */
export type PluginSource = (LocalPluginSource | GitPluginSource | NpmPluginSource | RemotePluginSource)
export type LocalPluginSourceType = "local"
export type GitPluginSourceType = "git"
export type NpmPluginSourceType = "npm"
export type RemotePluginSourceType = "remote"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginSearchScope".
 */
export type PluginSearchScope = ("global" | "workspace" | "personal")
/**
 * Stream label for `process/outputDelta` notifications.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ProcessOutputStream".
 */
export type ProcessOutputStream = ("stdout" | "stderr")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ProjectChangeType".
 */
export type ProjectChangeType = ("created" | "updated" | "deleted")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ProjectSortKey".
 */
export type ProjectSortKey = ("position" | "recencyAt")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ResponseItem".
 */
export type ResponseItem = (AdditionalToolsResponseItem | MessageResponseItem | AgentMessageResponseItem | ReasoningResponseItem | LocalShellCallResponseItem | FunctionCallResponseItem | ToolSearchCallResponseItem | FunctionCallOutputResponseItem | CustomToolCallResponseItem | CustomToolCallOutputResponseItem | ToolSearchOutputResponseItem | WebSearchCallResponseItem | ImageGenerationCallResponseItem | CompactionResponseItem | ConfigurationUpdateResponseItem | CompactionTriggerResponseItem | ContextCompactionResponseItem | OtherResponseItem)
export type AdditionalToolsResponseItemType = "additional_tools"
export type MessageResponseItemType = "message"
export type AgentMessageResponseItemType = "agent_message"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReasoningItemContent".
 */
export type ReasoningItemContent = (ReasoningTextReasoningItemContent | TextReasoningItemContent)
export type ReasoningTextReasoningItemContentType = "reasoning_text"
export type TextReasoningItemContentType = "text"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReasoningItemReasoningSummary".
 */
export type ReasoningItemReasoningSummary = SummaryTextReasoningItemReasoningSummary
export type SummaryTextReasoningItemReasoningSummaryType = "summary_text"
export type ReasoningResponseItemType = "reasoning"
export type LocalShellCallResponseItemType = "local_shell_call"
export type FunctionCallResponseItemType = "function_call"
export type ToolSearchCallResponseItemType = "tool_search_call"
export type FunctionCallOutputResponseItemType = "function_call_output"
export type CustomToolCallResponseItemType = "custom_tool_call"
export type CustomToolCallOutputResponseItemType = "custom_tool_call_output"
export type ToolSearchOutputResponseItemType = "tool_search_output"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ResponsesApiWebSearchAction".
 */
export type ResponsesApiWebSearchAction = (SearchResponsesApiWebSearchAction | OpenPageResponsesApiWebSearchAction | FindInPageResponsesApiWebSearchAction | OtherResponsesApiWebSearchAction)
export type SearchResponsesApiWebSearchActionType = "search"
export type OpenPageResponsesApiWebSearchActionType = "open_page"
export type FindInPageResponsesApiWebSearchActionType = "find_in_page"
export type OtherResponsesApiWebSearchActionType = "other"
export type WebSearchCallResponseItemType = "web_search_call"
export type ImageGenerationCallResponseItemType = "image_generation_call"
export type CompactionResponseItemType = "compaction"
export type ConfigurationUpdateResponseItemType = "configuration_update"
export type CompactionTriggerResponseItemType = "compaction_trigger"
export type ContextCompactionResponseItemType = "context_compaction"
export type OtherResponseItemType = "other"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RealtimeConversationVersion".
 */
export type RealtimeConversationVersion = ("v1" | "v2" | "v3")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RealtimeOutputModality".
 */
export type RealtimeOutputModality = ("text" | "audio")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RealtimeVoice".
 */
export type RealtimeVoice = ("alloy" | "arbor" | "ash" | "aube" | "ballad" | "breeze" | "bubbie" | "cedar" | "coral" | "cove" | "echo" | "ember" | "haetsal" | "hanul" | "himari" | "juniper" | "leher" | "maple" | "marin" | "miko" | "neer" | "porto" | "rindo" | "rio" | "rivage" | "sage" | "selva" | "shimmer" | "sol" | "sonna" | "spruce" | "tinta" | "vale" | "verse" | "viola")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RemoteControlConnectionStatus".
 */
export type RemoteControlConnectionStatus = ("disabled" | "connecting" | "connected" | "errored")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnStatus".
 */
export type TurnStatus = ("completed" | "interrupted" | "failed" | "inProgress")
/**
 * Notification sent from the server to the client.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ServerNotification".
 */
export type ServerNotification = (ServerNotification1 & ServerNotification2)
export type ServerNotification1 = (ErrorNotification1 | ThreadStartedNotification | ThreadStatusChangedNotification | ThreadReadStateChangedNotification | ThreadArchivedNotification | ThreadDeletedNotification | ThreadUnarchivedNotification | ThreadClosedNotification | ThreadRevertedNotification | SkillsChangedNotification | ThreadNameUpdatedNotification | ThreadSectionChangedNotification | ThreadAttachmentUpdatedNotification | ThreadGoalUpdatedNotification | ThreadPredictionUpdatedNotification | ThreadGoalClearedNotification | ThreadQueueChangedNotification | ProjectChangedNotification1 | ThreadProjectUpdatedNotification | ThreadEnvironmentConnectedNotification | ThreadEnvironmentDisconnectedNotification | ThreadSettingsUpdatedNotification | ThreadTokenUsageUpdatedNotification | TurnStartedNotification | HookStartedNotification1 | TurnCompletedNotification | HookCompletedNotification1 | TurnDiffUpdatedNotification | TurnPlanUpdatedNotification | ItemStartedNotification1 | ItemAutoApprovalReviewStartedNotification | ItemAutoApprovalReviewCompletedNotification | AutoApprovalReviewStrictReviewRequiredNotification | ItemCompletedNotification1 | ItemAgentMessageDeltaNotification | ItemPlanDeltaNotification | CommandExecOutputDeltaNotification1 | ProcessOutputDeltaNotification1 | ThreadSearchPartialNotification | ProcessExitedNotification1 | ItemCommandExecutionOutputDeltaNotification | ItemCommandExecutionTerminalInteractionNotification | ItemFileChangeOutputDeltaNotification | ItemFileChangePatchUpdatedNotification | ServerRequestResolvedNotification | ItemMcpToolCallProgressNotification | McpServerOauthLoginCompletedNotification1 | McpServerStartupStatusUpdatedNotification | McpServerEventStreamNotificationNotification | AccountUpdatedNotification1 | AccountGatewayOAuthChangedNotification | AccountRateLimitsUpdatedNotification1 | AppListUpdatedNotification1 | RemoteControlStatusChangedNotification1 | ExternalAgentConfigImportProgressNotification1 | ExternalAgentConfigImportCompletedNotification1 | FsChangedNotification1 | ItemReasoningSummaryTextDeltaNotification | ItemReasoningSummaryPartAddedNotification | ItemReasoningTextDeltaNotification | ThreadCompactedNotification | ModelReroutedNotification1 | ModelVerificationNotification1 | ModelProviderAuthRecoveryStartedNotification | ModelProviderAuthRecoveryCompletedNotification | TurnModerationMetadataNotification | ModelSafetyBufferingUpdatedNotification1 | WarningNotification | GuardianWarningNotification1 | DeprecationNoticeNotification1 | ConfigWarningNotification1 | FuzzyFileSearchSessionUpdatedNotification1 | FuzzyFileSearchSessionCompletedNotification1 | ThreadRealtimeStartedNotification | ThreadRealtimeItemAddedNotification | ThreadRealtimeItemStartedNotification | ThreadRealtimeItemTranscriptDeltaNotification | ThreadRealtimeItemCompletedNotification | ThreadRealtimeTranscriptDeltaNotification | ThreadRealtimeTranscriptDoneNotification | ThreadRealtimeOutputAudioDeltaNotification | ThreadRealtimeSdpNotification | ThreadRealtimeErrorNotification | ThreadRealtimeClosedNotification | WindowsWorldWritableWarningNotification | WindowsSandboxSetupCompletedNotification | AccountLoginCompletedNotification1)
export type ErrorNotificationMethod = "error"
export type ThreadStartedNotificationMethod = "thread/started"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadHistoryMode".
 */
export type ThreadHistoryMode = ("legacy" | "paginated")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SessionSource".
 */
export type SessionSource = (("cli" | "vscode" | "exec" | "appServer" | "unknown") | CustomSessionSource | SubAgentSessionSource)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SubAgentSource".
 */
export type SubAgentSource = (("review" | "compact" | "memory_consolidation") | ThreadSpawnSubAgentSource | OtherSubAgentSource)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadId".
 */
export type ThreadId = string
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadStatus".
 */
export type ThreadStatus = (NotLoadedThreadStatus | IdleThreadStatus | SystemErrorThreadStatus | ActiveThreadStatus)
export type NotLoadedThreadStatusType = "notLoaded"
export type IdleThreadStatusType = "idle"
export type SystemErrorThreadStatusType = "systemError"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadActiveFlag".
 */
export type ThreadActiveFlag = ("waitingOnApproval" | "waitingOnUserInput")
export type ActiveThreadStatusType = "active"
export type ThreadStatusChangedNotificationMethod = "thread/status/changed"
export type ThreadReadStateChangedNotificationMethod = "thread/readState/changed"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadUnreadPosition".
 */
export type ThreadUnreadPosition = (ThreadStartThreadUnreadPosition | TurnThreadUnreadPosition)
export type ThreadStartThreadUnreadPositionType = "threadStart"
export type TurnThreadUnreadPositionType = "turn"
export type ThreadArchivedNotificationMethod = "thread/archived"
export type ThreadDeletedNotificationMethod = "thread/deleted"
export type ThreadUnarchivedNotificationMethod = "thread/unarchived"
export type ThreadClosedNotificationMethod = "thread/closed"
export type ThreadRevertedNotificationMethod = "thread/reverted"
export type SkillsChangedNotificationMethod = "skills/changed"
export type ThreadNameUpdatedNotificationMethod = "thread/name/updated"
export type ThreadSectionChangedNotificationMethod = "thread/section/changed"
export type ThreadAttachmentUpdatedNotificationMethod = "thread/attachment/updated"
/**
 * The persisted attachment change represented by a notification.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentOperation".
 */
export type ThreadAttachmentOperation = ("created" | "deleted")
export type ThreadGoalUpdatedNotificationMethod = "thread/goal/updated"
export type ThreadPredictionUpdatedNotificationMethod = "thread/prediction/updated"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadPredictionResult".
 */
export type ThreadPredictionResult = (CompletedThreadPredictionResult | FailedThreadPredictionResult)
export type CompletedThreadPredictionResultType = "completed"
export type FailedThreadPredictionResultType = "failed"
export type ThreadGoalClearedNotificationMethod = "thread/goal/cleared"
export type ThreadQueueChangedNotificationMethod = "thread/queue/changed"
export type ProjectChangedNotificationMethod = "project/changed"
export type ThreadProjectUpdatedNotificationMethod = "thread/project/updated"
export type ThreadEnvironmentConnectedNotificationMethod = "thread/environment/connected"
export type ThreadEnvironmentDisconnectedNotificationMethod = "thread/environment/disconnected"
export type ThreadSettingsUpdatedNotificationMethod = "thread/settings/updated"
export type ThreadTokenUsageUpdatedNotificationMethod = "thread/tokenUsage/updated"
export type TurnStartedNotificationMethod = "turn/started"
export type HookStartedNotificationMethod = "hook/started"
export type TurnCompletedNotificationMethod = "turn/completed"
export type HookCompletedNotificationMethod = "hook/completed"
export type TurnDiffUpdatedNotificationMethod = "turn/diff/updated"
export type TurnPlanUpdatedNotificationMethod = "turn/plan/updated"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnPlanStepStatus".
 */
export type TurnPlanStepStatus = ("pending" | "inProgress" | "completed")
export type ItemStartedNotificationMethod = "item/started"
export type ItemAutoApprovalReviewStartedNotificationMethod = "item/autoApprovalReview/started"
export type ItemAutoApprovalReviewCompletedNotificationMethod = "item/autoApprovalReview/completed"
export type AutoApprovalReviewStrictReviewRequiredNotificationMethod = "autoApprovalReview/strictReviewRequired"
export type ItemCompletedNotificationMethod = "item/completed"
export type ItemAgentMessageDeltaNotificationMethod = "item/agentMessage/delta"
export type ItemPlanDeltaNotificationMethod = "item/plan/delta"
export type CommandExecOutputDeltaNotificationMethod = "command/exec/outputDelta"
export type ProcessOutputDeltaNotificationMethod = "process/outputDelta"
export type ThreadSearchPartialNotificationMethod = "thread/search/partial"
export type ProcessExitedNotificationMethod = "process/exited"
export type ItemCommandExecutionOutputDeltaNotificationMethod = "item/commandExecution/outputDelta"
export type ItemCommandExecutionTerminalInteractionNotificationMethod = "item/commandExecution/terminalInteraction"
export type ItemFileChangeOutputDeltaNotificationMethod = "item/fileChange/outputDelta"
export type ItemFileChangePatchUpdatedNotificationMethod = "item/fileChange/patchUpdated"
export type ServerRequestResolvedNotificationMethod = "serverRequest/resolved"
export type ItemMcpToolCallProgressNotificationMethod = "item/mcpToolCall/progress"
export type McpServerOauthLoginCompletedNotificationMethod = "mcpServer/oauthLogin/completed"
export type McpServerStartupStatusUpdatedNotificationMethod = "mcpServer/startupStatus/updated"
export type McpServerEventStreamNotificationNotificationMethod = "mcpServer/event/stream/notification"
export type AccountUpdatedNotificationMethod = "account/updated"
export type AccountGatewayOAuthChangedNotificationMethod = "account/gatewayOAuth/changed"
export type AccountRateLimitsUpdatedNotificationMethod = "account/rateLimits/updated"
export type AppListUpdatedNotificationMethod = "app/list/updated"
export type RemoteControlStatusChangedNotificationMethod = "remoteControl/status/changed"
export type ExternalAgentConfigImportProgressNotificationMethod = "externalAgentConfig/import/progress"
export type ExternalAgentConfigImportCompletedNotificationMethod = "externalAgentConfig/import/completed"
export type FsChangedNotificationMethod = "fs/changed"
export type ItemReasoningSummaryTextDeltaNotificationMethod = "item/reasoning/summaryTextDelta"
export type ItemReasoningSummaryPartAddedNotificationMethod = "item/reasoning/summaryPartAdded"
export type ItemReasoningTextDeltaNotificationMethod = "item/reasoning/textDelta"
export type ThreadCompactedNotificationMethod = "thread/compacted"
export type ModelReroutedNotificationMethod = "model/rerouted"
export type ModelVerificationNotificationMethod = "model/verification"
export type ModelProviderAuthRecoveryStartedNotificationMethod = "modelProvider/authRecoveryStarted"
export type ModelProviderAuthRecoveryCompletedNotificationMethod = "modelProvider/authRecoveryCompleted"
export type TurnModerationMetadataNotificationMethod = "turn/moderationMetadata"
export type ModelSafetyBufferingUpdatedNotificationMethod = "model/safetyBuffering/updated"
export type WarningNotificationMethod = "warning"
export type GuardianWarningNotificationMethod = "guardianWarning"
export type DeprecationNoticeNotificationMethod = "deprecationNotice"
export type ConfigWarningNotificationMethod = "configWarning"
export type FuzzyFileSearchSessionUpdatedNotificationMethod = "fuzzyFileSearch/sessionUpdated"
export type FuzzyFileSearchSessionCompletedNotificationMethod = "fuzzyFileSearch/sessionCompleted"
export type ThreadRealtimeStartedNotificationMethod = "thread/realtime/started"
export type ThreadRealtimeItemAddedNotificationMethod = "thread/realtime/itemAdded"
export type ThreadRealtimeItemStartedNotificationMethod = "thread/realtime/item/started"
/**
 * EXPERIMENTAL - a thread-scoped realtime item in the canonical timeline.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeItem".
 */
export type ThreadRealtimeItem = ({
id: string
/**
 * Canonical observation time in Unix milliseconds for eligible voice calls.
 */
observedAtMs?: (number | null)
realtimeSessionId: string
} & ThreadRealtimeItem1)
export type ThreadRealtimeItem1 = (RealtimeSessionStartedThreadRealtimeItem | FrameThreadRealtimeItem | TranscriptSegmentThreadRealtimeItem | BemItemPromotedThreadRealtimeItem | RealtimeSessionClosedThreadRealtimeItem | TurnInputAcceptedThreadRealtimeItem | SessionEndInputSavedThreadRealtimeItem)
export type RealtimeSessionStartedThreadRealtimeItemType = "realtimeSessionStarted"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeTranscriptRole".
 */
export type ThreadRealtimeTranscriptRole = ("user" | "assistant")
export type FrameThreadRealtimeItemType = "frame"
export type TranscriptSegmentThreadRealtimeItemType = "transcriptSegment"
/**
 * EXPERIMENTAL - how an existing agent item appears in a realtime conversation.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeBemItemPresentation".
 */
export type ThreadRealtimeBemItemPresentation = (WholeItemThreadRealtimeBemItemPresentation | InlineMarkdownThreadRealtimeBemItemPresentation | InlineVisualizationThreadRealtimeBemItemPresentation)
export type WholeItemThreadRealtimeBemItemPresentationType = "wholeItem"
export type InlineMarkdownThreadRealtimeBemItemPresentationType = "inlineMarkdown"
export type InlineVisualizationThreadRealtimeBemItemPresentationType = "inlineVisualization"
export type BemItemPromotedThreadRealtimeItemType = "bemItemPromoted"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeSessionOutcome".
 */
export type ThreadRealtimeSessionOutcome = ("ended" | "failed")
export type RealtimeSessionClosedThreadRealtimeItemType = "realtimeSessionClosed"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeHandoffMode".
 */
export type ThreadRealtimeHandoffMode = ("start" | "steer")
export type TurnInputAcceptedThreadRealtimeItemType = "turnInputAccepted"
export type SessionEndInputSavedThreadRealtimeItemType = "sessionEndInputSaved"
export type ThreadRealtimeItemTranscriptDeltaNotificationMethod = "thread/realtime/item/transcript/delta"
export type ThreadRealtimeItemCompletedNotificationMethod = "thread/realtime/item/completed"
export type ThreadRealtimeTranscriptDeltaNotificationMethod = "thread/realtime/transcript/delta"
export type ThreadRealtimeTranscriptDoneNotificationMethod = "thread/realtime/transcript/done"
export type ThreadRealtimeOutputAudioDeltaNotificationMethod = "thread/realtime/outputAudio/delta"
export type ThreadRealtimeSdpNotificationMethod = "thread/realtime/sdp"
export type ThreadRealtimeErrorNotificationMethod = "thread/realtime/error"
export type ThreadRealtimeClosedNotificationMethod = "thread/realtime/closed"
export type WindowsWorldWritableWarningNotificationMethod = "windows/worldWritableWarning"
export type WindowsSandboxSetupCompletedNotificationMethod = "windowsSandbox/setupCompleted"
export type AccountLoginCompletedNotificationMethod = "account/login/completed"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillScope".
 */
export type SkillScope = ("user" | "repo" | "system" | "admin")
/**
 * Result of attempting to associate an attachment with a thread.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentAddOutcome".
 */
export type ThreadAttachmentAddOutcome = ("created" | "existing")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadMemoryMode".
 */
export type ThreadMemoryMode = ("enabled" | "disabled")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadReadStateOperation".
 */
export type ThreadReadStateOperation = (ReadThreadReadStateOperation | UnreadThreadReadStateOperation)
export type ReadThreadReadStateOperationType = "read"
export type UnreadThreadReadStateOperationType = "unread"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeCoverage".
 */
export type ThreadRealtimeCoverage = ("unsupported" | "pending" | "ready")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeOrder".
 */
export type ThreadRealtimeOrder = ("observedAt" | "position")
/**
 * EXPERIMENTAL - transport used by thread realtime.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeStartTransport".
 */
export type ThreadRealtimeStartTransport = (WebsocketThreadRealtimeStartTransport | WebrtcThreadRealtimeStartTransport | ExistingCallThreadRealtimeStartTransport)
export type WebsocketThreadRealtimeStartTransportType = "websocket"
export type WebrtcThreadRealtimeStartTransportType = "webrtc"
export type ExistingCallThreadRealtimeStartTransportType = "existingCall"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSearchSortKey".
 */
export type ThreadSearchSortKey = ("created_at" | "updated_at" | "recency_at")
/**
 * EXPERIMENTAL - one item or turn boundary in canonical rollout order.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadTimelineEntry".
 */
export type ThreadTimelineEntry = (ItemThreadTimelineEntry | RealtimeThreadTimelineEntry | TurnStartedThreadTimelineEntry | TurnCompletedThreadTimelineEntry)
export type ItemThreadTimelineEntryType = "item"
export type RealtimeThreadTimelineEntryType = "realtime"
export type TurnStartedThreadTimelineEntryType = "turnStarted"
export type TurnCompletedThreadTimelineEntryType = "turnCompleted"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadUnsubscribeStatus".
 */
export type ThreadUnsubscribeStatus = ("notLoaded" | "notSubscribed" | "unsubscribed")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WindowsSandboxReadiness".
 */
export type WindowsSandboxReadiness = ("ready" | "notConfigured" | "updateRequired")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FileChange".
 */
export type FileChange = (AddFileChange | DeleteFileChange | UpdateFileChange)
export type AddFileChangeType = "add"
export type DeleteFileChangeType = "delete"
export type UpdateFileChangeType = "update"
/**
 * User's decision in response to an ExecApprovalRequest.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReviewDecision".
 */
export type ReviewDecision = ("approved" | ApprovedExecpolicyAmendmentReviewDecision | "approved_for_session" | "approved_mcp_policy_amendment" | NetworkPolicyAmendmentReviewDecision | DeniedReviewDecision | "timed_out" | "abort")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NetworkPolicyRuleAction".
 */
export type NetworkPolicyRuleAction = ("allow" | "deny")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ChatgptAuthTokensRefreshReason".
 */
export type ChatgptAuthTokensRefreshReason = "unauthorized"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ClientNotification".
 */
export type ClientNotification = InitializedNotification
export type InitializedNotificationMethod = "initialized"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecutionApprovalDecision".
 */
export type CommandExecutionApprovalDecision = ("accept" | "acceptForSession" | AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision | ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision | "decline" | "cancel")
/**
 * Distinguishes a command approval from input sent to an existing terminal.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecutionApprovalKind".
 */
export type CommandExecutionApprovalKind = (("command" | "writeStdin") | "humanCommand")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ParsedCommand".
 */
export type ParsedCommand = (ReadParsedCommand | ListFilesParsedCommand | SearchParsedCommand | UnknownParsedCommand)
export type ReadParsedCommandType = "read"
export type ListFilesParsedCommandType = "list_files"
export type SearchParsedCommandType = "search"
export type UnknownParsedCommandType = "unknown"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FileChangeApprovalDecision".
 */
export type FileChangeApprovalDecision = ("accept" | "acceptForSession" | "decline" | "cancel")
/**
 * Refers to any valid JSON-RPC object that can be decoded off the wire, or encoded to be sent.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "JSONRPCMessage".
 */
export type JSONRPCMessage = (JSONRPCRequest | JSONRPCNotification | JSONRPCResponse | JSONRPCError)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationArrayType".
 */
export type McpElicitationArrayType = "array"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationBooleanType".
 */
export type McpElicitationBooleanType = "boolean"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationEnumSchema".
 */
export type McpElicitationEnumSchema = (McpElicitationSingleSelectEnumSchema | McpElicitationMultiSelectEnumSchema | McpElicitationLegacyTitledEnumSchema)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationSingleSelectEnumSchema".
 */
export type McpElicitationSingleSelectEnumSchema = (McpElicitationUntitledSingleSelectEnumSchema | McpElicitationTitledSingleSelectEnumSchema)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationStringType".
 */
export type McpElicitationStringType = "string"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationMultiSelectEnumSchema".
 */
export type McpElicitationMultiSelectEnumSchema = (McpElicitationUntitledMultiSelectEnumSchema | McpElicitationTitledMultiSelectEnumSchema)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationNumberType".
 */
export type McpElicitationNumberType = ("number" | "integer")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationObjectType".
 */
export type McpElicitationObjectType = "object"
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationPrimitiveSchema".
 */
export type McpElicitationPrimitiveSchema = (McpElicitationEnumSchema | McpElicitationStringSchema | McpElicitationNumberSchema | McpElicitationBooleanSchema)
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationStringFormat".
 */
export type McpElicitationStringFormat = ("email" | "uri" | "date" | "date-time")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerElicitationAction".
 */
export type McpServerElicitationAction = ("accept" | "decline" | "cancel")
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerElicitationRequestParams".
 */
export type McpServerElicitationRequestParams = (McpServerElicitationRequestParams1 & McpServerElicitationRequestParams2)
export type McpServerElicitationRequestParams1 = ({
_meta?: unknown
message: string
mode: "form"
requestedSchema: McpElicitationSchema
} | {
_meta?: unknown
message: string
mode: "openai/form"
requestedSchema: unknown
} | {
_meta?: unknown
message: string
mode: "openaiForm"
requestedSchema: unknown
} | {
_meta?: unknown
elicitationId: string
message: string
mode: "url"
url: string
})
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PermissionGrantScope".
 */
export type PermissionGrantScope = ("turn" | "session")
/**
 * Request initiated from the server and sent to the client.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ServerRequest".
 */
export type ServerRequest = (ItemCommandExecutionRequestApprovalRequest | ItemFileChangeRequestApprovalRequest | ItemToolRequestUserInputRequest | McpServerElicitationRequestRequest | ItemPermissionsRequestApprovalRequest | ItemToolCallRequest | AccountChatgptAuthTokensRefreshRequest | AttestationGenerateRequest | ApplyPatchApprovalRequest | ExecCommandApprovalRequest)
export type ItemCommandExecutionRequestApprovalRequestMethod = "item/commandExecution/requestApproval"
export type ItemFileChangeRequestApprovalRequestMethod = "item/fileChange/requestApproval"
export type ItemToolRequestUserInputRequestMethod = "item/tool/requestUserInput"
export type McpServerElicitationRequestRequestMethod = "mcpServer/elicitation/request"
export type ItemPermissionsRequestApprovalRequestMethod = "item/permissions/requestApproval"
export type ItemToolCallRequestMethod = "item/tool/call"
export type AccountChatgptAuthTokensRefreshRequestMethod = "account/chatgptAuthTokens/refresh"
export type AttestationGenerateRequestMethod = "attestation/generate"
export type ApplyPatchApprovalRequestMethod = "applyPatchApproval"
export type ExecCommandApprovalRequestMethod = "execCommandApproval"

export interface CodexAppServerProtocol {

}
export interface ApiKeyAccount {
type: ApiKeyAccountType
}
export interface ChatgptAccount {
email: (string | null)
planType: PlanType
type: ChatgptAccountType
/**
 * Display name of the selected ChatGPT workspace, when available.
 */
workspaceName?: (string | null)
}
export interface AmazonBedrockAccount {
type: AmazonBedrockAccountType
usesCodexManagedCredentials?: boolean
}
/**
 * Google Cloud Vertex AI with externally managed credentials.
 */
export interface GcpAccount {
type: GcpAccountType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountLoginCompletedNotification".
 */
export interface AccountLoginCompletedNotification {
error?: (string | null)
loginId?: (string | null)
onboardingEntrypoint?: (DesktopOnboardingEntrypoint | null)
success: boolean
}
/**
 * Sparse rolling rate-limit update.
 * 
 * Clients should merge available values into the most recent `account/rateLimits/read` response or refetch that snapshot. Nullable account metadata may be unavailable in a rolling update and does not clear a previously observed value.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountRateLimitsUpdatedNotification".
 */
export interface AccountRateLimitsUpdatedNotification {
rateLimits: RateLimitSnapshot
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RateLimitSnapshot".
 */
export interface RateLimitSnapshot {
credits?: (CreditsSnapshot | null)
individualLimit?: (SpendControlLimitSnapshot | null)
limitId?: (string | null)
limitName?: (string | null)
/**
 * Normal model whose display name and reasoning options describe this quota alias.
 */
normalModelSlug?: (string | null)
planType?: (PlanType | null)
primary?: (RateLimitWindow | null)
rateLimitReachedType?: (RateLimitReachedType | null)
secondary?: (RateLimitWindow | null)
/**
 * Backend-reported spend-control state. `None` is unavailable, not a sparse-update recovery.
 */
spendControlReached?: (boolean | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CreditsSnapshot".
 */
export interface CreditsSnapshot {
balance?: (string | null)
hasCredits: boolean
unlimited: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SpendControlLimitSnapshot".
 */
export interface SpendControlLimitSnapshot {
limit: string
remainingPercent: number
resetsAt: number
used: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RateLimitWindow".
 */
export interface RateLimitWindow {
resetsAt?: (number | null)
usedPercent: number
windowDurationMins?: (number | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountSecuritySetupAction".
 */
export interface AccountSecuritySetupAction {
label: string
url: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountSecuritySetupNotice".
 */
export interface AccountSecuritySetupNotice {
accountId: string
action: AccountSecuritySetupAction
description: string
title: string
userId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountSession".
 */
export interface AccountSession {
displayName?: (string | null)
email?: (string | null)
imageUrl?: (string | null)
isActive: boolean
lastUsedAt: number
selectedWorkspaceAccountId?: (string | null)
sessionId: string
userId?: (string | null)
workspaces: AccountSessionWorkspace[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountSessionWorkspace".
 */
export interface AccountSessionWorkspace {
accountId: string
imageUrl?: (string | null)
kind?: (AccountSessionWorkspaceKind | null)
name?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountTokenUsageDailyBucket".
 */
export interface AccountTokenUsageDailyBucket {
startDate: string
tokens: number
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountTokenUsageSummary".
 */
export interface AccountTokenUsageSummary {
currentStreakDays?: (number | null)
lifetimeTokens?: (number | null)
longestRunningTurnSec?: (number | null)
longestStreakDays?: (number | null)
peakDailyTokens?: (number | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AccountUpdatedNotification".
 */
export interface AccountUpdatedNotification {
authMode?: (AuthMode | null)
planType?: (PlanType | null)
/**
 * Set when initial routing discovery completes for the same authenticated owner.
 */
reason?: (AccountUpdateReason | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ActivePermissionProfile".
 */
export interface ActivePermissionProfile {
/**
 * Parent profile identifier from the selected permissions profile's `extends` setting, when present.
 */
extends?: (string | null)
/**
 * Identifier from `default_permissions` or the implicit built-in default, such as `:workspace` or a user-defined `[permissions.<id>]` profile.
 */
id: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AdditionalContextEntry".
 */
export interface AdditionalContextEntry {
kind: AdditionalContextKind
/**
 * Optional name for untrusted context, used to label its tool output.
 */
name?: (string | null)
value: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AdditionalFileSystemPermissions".
 */
export interface AdditionalFileSystemPermissions {
entries?: (FileSystemSandboxEntry[] | null)
globScanMaxDepth?: (number | null)
/**
 * This will be removed in favor of `entries`.
 */
read?: (LegacyAppPathString[] | null)
/**
 * This will be removed in favor of `entries`.
 */
write?: (LegacyAppPathString[] | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FileSystemSandboxEntry".
 */
export interface FileSystemSandboxEntry {
access: FileSystemAccessMode
path: FileSystemPath
}
export interface PathFileSystemPath {
path: LegacyAppPathString
type: PathFileSystemPathType
}
export interface GlobPatternFileSystemPath {
pattern: string
type: GlobPatternFileSystemPathType
}
export interface SpecialFileSystemPath {
type: SpecialFileSystemPathType
value: FileSystemSpecialPath
}
export interface RootFileSystemSpecialPath {
kind: "root"
}
export interface MinimalFileSystemSpecialPath {
kind: "minimal"
}
export interface KindFileSystemSpecialPath {
kind: "project_roots"
subpath?: (LegacyAppPathString | null)
}
export interface TmpdirFileSystemSpecialPath {
kind: "tmpdir"
}
export interface SlashTmpFileSystemSpecialPath {
kind: "slash_tmp"
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AdditionalNetworkPermissions".
 */
export interface AdditionalNetworkPermissions {
enabled?: (boolean | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AgentMessageDeltaNotification".
 */
export interface AgentMessageDeltaNotification {
delta: string
itemId: string
threadId: string
turnId: string
}
export interface WellbeingPromptHelplineAnswerReplacement {
kind: "wellbeingPromptHelpline"
}
export interface KindBlockReason {
kind: "cyber"
trustedAccess?: (boolean | null)
}
export interface InputTextAgentMessageInputContent {
text: string
type: InputTextAgentMessageInputContentType
}
export interface EncryptedContentAgentMessageInputContent {
encrypted_content: string
type: EncryptedContentAgentMessageInputContentType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AgentMessageModeration".
 */
export interface AgentMessageModeration {
display?: (AgentMessageDisplay | null)
moderated: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AnalyticsConfig".
 */
export interface AnalyticsConfig {
enabled?: (boolean | null)
[k: string]: unknown | undefined
}
/**
 * EXPERIMENTAL - app metadata returned by app-list APIs.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppBranding".
 */
export interface AppBranding {
category?: (string | null)
developer?: (string | null)
isDiscoverableApp: boolean
privacyPolicy?: (string | null)
termsOfService?: (string | null)
website?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppConfig".
 */
export interface AppConfig {
approvals_reviewer?: (ApprovalsReviewer | null)
default_tools_approval_mode?: (AppToolApproval | null)
default_tools_enabled?: (boolean | null)
destructive_enabled?: (boolean | null)
enabled?: boolean
/**
 * Per-account approval settings keyed by link ID.
 */
links?: (AppLinksConfig | null)
/**
 * Additional model-facing surfaces omitted for this connector's tools.
 */
omit_tools_from?: (ToolExposureSurface[] | null)
open_world_enabled?: (boolean | null)
tools?: (AppToolsConfig | null)
}
/**
 * Account settings for a single app.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppLinksConfig".
 */
export interface AppLinksConfig {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppToolsConfig".
 */
export interface AppToolsConfig {

}
/**
 * EXPERIMENTAL - app metadata returned by app-list APIs.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppInfo".
 */
export interface AppInfo {
appMetadata?: (AppMetadata | null)
branding?: (AppBranding | null)
description?: (string | null)
distributionChannel?: (string | null)
iconAssets?: ({
[k: string]: string | undefined
} | null)
iconDarkAssets?: ({
[k: string]: string | undefined
} | null)
id: string
installUrl?: (string | null)
isAccessible?: boolean
/**
 * Whether this app is enabled in config.toml. Example: ```toml [apps.bad_app] enabled = false ```
 */
isEnabled?: boolean
labels?: ({
[k: string]: string | undefined
} | null)
logoUrl?: (string | null)
logoUrlDark?: (string | null)
name: string
pluginDisplayNames?: string[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppMetadata".
 */
export interface AppMetadata {
categories?: (string[] | null)
developer?: (string | null)
firstPartyRequiresInstall?: (boolean | null)
review?: (AppReview | null)
screenshots?: (AppScreenshot[] | null)
seoDescription?: (string | null)
showInComposerWhenUnlinked?: (boolean | null)
subCategories?: (string[] | null)
version?: (string | null)
versionId?: (string | null)
versionNotes?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppReview".
 */
export interface AppReview {
status: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppScreenshot".
 */
export interface AppScreenshot {
fileId?: (string | null)
url?: (string | null)
userPrompt: string
}
/**
 * Approval settings for a connected account within an app.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppLinkConfig".
 */
export interface AppLinkConfig {
approvals_reviewer?: (ApprovalsReviewer | null)
default_tools_approval_mode?: (AppToolApproval | null)
}
/**
 * EXPERIMENTAL - notification emitted when the app list changes.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppListUpdatedNotification".
 */
export interface AppListUpdatedNotification {
data: AppInfo[]
}
/**
 * EXPERIMENTAL - app metadata summary for plugin responses.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppSummary".
 */
export interface AppSummary {
category?: (string | null)
description?: (string | null)
id: string
installUrl?: (string | null)
name: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppTemplateSummary".
 */
export interface AppTemplateSummary {
canonicalConnectorId?: (string | null)
category?: (string | null)
description?: (string | null)
logoUrl?: (string | null)
logoUrlDark?: (string | null)
materializedAppIds: string[]
name: string
reason?: (AppTemplateUnavailableReason | null)
templateId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppToolConfig".
 */
export interface AppToolConfig {
approval_mode?: (AppToolApproval | null)
enabled?: (boolean | null)
}
/**
 * EXPERIMENTAL - metadata returned by app/read.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppToolSummary".
 */
export interface AppToolSummary {
description: string
disabledReason?: (string | null)
isEnabled?: boolean
isReadOnly?: boolean
name: string
title?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ApplicationNetworkRequirements".
 */
export interface ApplicationNetworkRequirements {
domains: {
[k: string]: NetworkDomainPermission | undefined
}
/**
 * When enabled, only explicitly allowed exact domains may be contacted.
 */
enabled: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ApplicationRequirements".
 */
export interface ApplicationRequirements {
network?: (ApplicationNetworkRequirements | null)
storage?: (ApplicationStorageRequirements | null)
}
/**
 * Managed storage settings for new Desktop workspaces, not filesystem access restrictions.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ApplicationStorageRequirements".
 */
export interface ApplicationStorageRequirements {
defaultProjectParent?: (LegacyAppPathString | null)
projectlessWorkspaceRoot?: (LegacyAppPathString | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppsConfig".
 */
export interface AppsConfig {
_default?: (AppsDefaultConfig | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppsDefaultConfig".
 */
export interface AppsDefaultConfig {
approvals_reviewer?: (ApprovalsReviewer | null)
default_tools_approval_mode?: (AppToolApproval | null)
destructive_enabled?: boolean
enabled?: boolean
open_world_enabled?: boolean
}
/**
 * Read the committed installed connector runtime snapshot.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppsInstalledParams".
 */
export interface AppsInstalledParams {
/**
 * When true and Apps are permitted, refresh and publish the hosted connector runtime tool snapshot first.
 */
forceRefresh?: boolean
/**
 * Optional loaded thread id used to evaluate effective app configuration.
 */
threadId?: (string | null)
}
/**
 * The installed connectors in one committed runtime snapshot.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppsInstalledResponse".
 */
export interface AppsInstalledResponse {
apps: InstalledApp[]
}
/**
 * Installed connector runtime state.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "InstalledApp".
 */
export interface InstalledApp {
/**
 * Whether the connector is enabled and has a non-synthetic, model-visible tool allowed by effective MCP and app/tool policy in the committed runtime snapshot.
 */
callable: boolean
/**
 * Effective enabled state after applying global, workspace, local, and managed configuration at read time.
 */
enabled: boolean
id: string
/**
 * Best-effort name carried by the runtime tool catalog. Canonical app metadata remains owned by `app/read`.
 */
runtimeName?: (string | null)
}
/**
 * EXPERIMENTAL - list available apps/connectors.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppsListParams".
 */
export interface AppsListParams {
/**
 * Opaque pagination cursor returned by a previous call.
 */
cursor?: (string | null)
/**
 * When true, bypass app caches and fetch the latest data from sources.
 */
forceRefetch?: boolean
/**
 * Optional page size; defaults to a reasonable server-side value.
 */
limit?: (number | null)
/**
 * Optional thread id used to evaluate app feature gating from that thread's config.
 */
threadId?: (string | null)
}
/**
 * EXPERIMENTAL - app list response.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppsListResponse".
 */
export interface AppsListResponse {
data: AppInfo[]
/**
 * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
 */
nextCursor?: (string | null)
}
/**
 * EXPERIMENTAL - read metadata for specific apps/connectors.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppsReadParams".
 */
export interface AppsReadParams {
/**
 * App ids to read. The server accepts at most 100 ids and deduplicates repeated ids while preserving their first-request order.
 */
appIds: string[]
/**
 * When true, include display-only public tool summaries in the returned metadata.
 */
includeTools?: boolean
/**
 * Optional loaded thread id used to evaluate effective app configuration.
 */
threadId?: (string | null)
}
/**
 * EXPERIMENTAL - app/read response.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AppsReadResponse".
 */
export interface AppsReadResponse {
apps: ConnectorMetadata[]
missingAppIds: string[]
}
/**
 * EXPERIMENTAL - metadata returned by app/read.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConnectorMetadata".
 */
export interface ConnectorMetadata {
description?: (string | null)
distributionChannel?: (string | null)
iconUrl?: (string | null)
iconUrlDark?: (string | null)
id: string
installUrl?: (string | null)
name: string
pluginDisplayNames?: string[]
toolSummaries?: (AppToolSummary[] | null)
}
export interface GranularAskForApproval {
granular: {
mcp_elicitations: boolean
request_permissions?: boolean
rules: boolean
sandbox_approval: boolean
skill_approval?: boolean
}
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AsyncUserInputQuestion".
 */
export interface AsyncUserInputQuestion {
options?: (string[] | null)
title: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AuthRecoveryNotification".
 */
export interface AuthRecoveryNotification {
message: string
provider: string
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AutoReviewRequirements".
 */
export interface AutoReviewRequirements {
ignoreRules?: (string[] | null)
requiredOnModels?: (string[] | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "BrowserUseConfig".
 */
export interface BrowserUseConfig {
allow_history_access?: (boolean | null)
default_origin_policy?: (BrowserUseOriginPolicyConfig | null)
origins?: ({
[k: string]: BrowserUseOriginPolicyConfig | undefined
} | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "BrowserUseOriginPolicyConfig".
 */
export interface BrowserUseOriginPolicyConfig {
access?: (AllowDenyRequirement | null)
downloads?: (AllowDenyRequirement | null)
full_cdp_access?: (AllowDenyRequirement | null)
uploads?: (AllowDenyRequirement | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "BrowserUseExtensionRequirements".
 */
export interface BrowserUseExtensionRequirements {
requestHeaders?: (RequestHeader[] | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RequestHeader".
 */
export interface RequestHeader {
name: string
value: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "BrowserUseOriginPolicy".
 */
export interface BrowserUseOriginPolicy {
access?: (AllowDenyRequirement | null)
accessApprovalLifetime?: (BrowserUseAccessApprovalLifetime | null)
autoReview?: (AllowDenyRequirement | null)
downloads?: (AllowDenyRequirement | null)
fullCdpAccess?: (AllowDenyRequirement | null)
persistentApproval?: (boolean | null)
uploads?: (AllowDenyRequirement | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "BrowserUseRequirements".
 */
export interface BrowserUseRequirements {
allowGlobalPersistentApproval?: (boolean | null)
allowHistoryAccess?: (boolean | null)
allowWebmcp?: (boolean | null)
defaultOriginPolicy?: (BrowserUseOriginPolicy | null)
disableAutoReview?: (boolean | null)
extension?: (BrowserUseExtensionRequirements | null)
origins?: ({
[k: string]: BrowserUseOriginPolicy | undefined
} | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ByteRange".
 */
export interface ByteRange {
end: number
start: number
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CancelLoginAccountParams".
 */
export interface CancelLoginAccountParams {
loginId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CancelLoginAccountResponse".
 */
export interface CancelLoginAccountResponse {
status: CancelLoginAccountStatus
}
/**
 * A path owned by an execution environment.
 */
export interface EnvironmentCapabilityRootLocation {
environmentId: string
/**
 * Absolute path for the root in the selected environment.
 */
path: string
type: EnvironmentCapabilityRootLocationType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ClientInfo".
 */
export interface ClientInfo {
name: string
title?: (string | null)
version: string
}
export interface InitializeRequest {
id: RequestId
method: InitializeRequestMethod
params: InitializeParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "InitializeParams".
 */
export interface InitializeParams {
capabilities?: (InitializeCapabilities | null)
clientInfo: ClientInfo
}
/**
 * Client-declared capabilities negotiated during initialize.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "InitializeCapabilities".
 */
export interface InitializeCapabilities {
/**
 * Opt into receiving experimental API methods and fields.
 */
experimentalApi?: boolean
/**
 * Use explicit gateway OAuth login instead of automatic browser authorization. Applies to this app-server's gateway runtime; later connections cannot undo it.
 */
explicitGatewayOauth?: boolean
/**
 * MCP extension settings declared by the app-server client.
 */
extensions?: ({
[k: string]: unknown | undefined
} | null)
/**
 * Legacy opt-in for the `openai/form` MCP extension.
 * 
 * New clients should declare `openai/form` in [`Self::extensions`].
 */
mcpServerOpenaiFormElicitation?: boolean
/**
 * Exact notification method names that should be suppressed for this connection (for example `thread/started`).
 */
optOutNotificationMethods?: (string[] | null)
/**
 * Opt into `attestation/generate` requests for upstream `x-oai-attestation`.
 */
requestAttestation?: boolean
/**
 * Present `humanCommand` approvals to a person and return only a one-time decision. Requires `experimentalApi`. Pending requests can be replayed to compatible clients.
 */
requiredHumanApproval?: boolean
}
/**
 * NEW APIs
 */
export interface ThreadStartRequest {
id: RequestId
method: ThreadStartRequestMethod
params: ThreadStartParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadStartParams".
 */
export interface ThreadStartParams {
approvalPolicy?: (AskForApproval | null)
/**
 * Override where approval requests are routed for review on this thread and subsequent turns.
 */
approvalsReviewer?: (ApprovalsReviewer | null)
baseInstructions?: (string | null)
config?: ({
[k: string]: unknown | undefined
} | null)
cwd?: (string | null)
developerInstructions?: (string | null)
ephemeral?: (boolean | null)
model?: (string | null)
modelProvider?: (string | null)
/**
 * @deprecated `friendly` and `pragmatic` no longer select a style.
 */
personality?: (Personality | null)
sandbox?: (SandboxMode | null)
serviceName?: (string | null)
serviceTier?: (string | null)
sessionStartSource?: (ThreadStartSource | null)
/**
 * Optional client-supplied analytics source classification for this thread.
 */
threadSource?: (ThreadSource | null)
}
export interface ThreadResumeRequest {
id: RequestId
method: ThreadResumeRequestMethod
params: ThreadResumeParams
}
/**
 * There are three ways to resume a thread: 1. By thread_id: load the thread from disk by thread_id and resume it. 2. By history: instantiate the thread from memory and resume it. 3. By path: load the thread from disk by path and resume it.
 * 
 * For non-running threads, the precedence is: history > non-empty path > thread_id. If using history or a non-empty path for a non-running thread, the thread_id param will be ignored.
 * 
 * If thread_id identifies a running thread, app-server rejoins that thread and treats a non-empty path as a consistency check against the active rollout path. Empty string path values are treated as absent.
 * 
 * Prefer using thread_id whenever possible.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadResumeParams".
 */
export interface ThreadResumeParams {
approvalPolicy?: (AskForApproval | null)
/**
 * Override where approval requests are routed for review on this thread and subsequent turns.
 */
approvalsReviewer?: (ApprovalsReviewer | null)
baseInstructions?: (string | null)
config?: ({
[k: string]: unknown | undefined
} | null)
cwd?: (string | null)
developerInstructions?: (string | null)
/**
 * When true, return only thread metadata and live-resume state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after resuming. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
 */
excludeTurns?: boolean
/**
 * Configuration overrides for the resumed thread, if any.
 */
model?: (string | null)
modelProvider?: (string | null)
/**
 * @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
 */
personality?: (Personality | null)
sandbox?: (SandboxMode | null)
serviceTier?: (string | null)
threadId: string
}
export interface ThreadForkRequest {
id: RequestId
method: ThreadForkRequestMethod
params: ThreadForkParams
}
/**
 * There are two ways to fork a thread: 1. By thread_id: load the thread from disk by thread_id and fork it into a new thread. 2. By path: load the thread from disk by path and fork it into a new thread.
 * 
 * If using a non-empty path, the thread_id param will be ignored. Empty string path values are treated as absent.
 * 
 * Prefer using thread_id whenever possible.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadForkParams".
 */
export interface ThreadForkParams {
approvalPolicy?: (AskForApproval | null)
/**
 * Override where approval requests are routed for review on this thread and subsequent turns.
 */
approvalsReviewer?: (ApprovalsReviewer | null)
baseInstructions?: (string | null)
config?: ({
[k: string]: unknown | undefined
} | null)
cwd?: (string | null)
developerInstructions?: (string | null)
ephemeral?: boolean
/**
 * When true, return only thread metadata and live fork state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after forking. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
 */
excludeTurns?: boolean
/**
 * Optional last turn id to fork through, inclusive.
 * 
 * When specified, turns after `last_turn_id` are omitted from the fork. The referenced turn cannot be in progress.
 */
lastTurnId?: (string | null)
/**
 * Configuration overrides for the forked thread, if any.
 */
model?: (string | null)
modelProvider?: (string | null)
sandbox?: (SandboxMode | null)
serviceTier?: (string | null)
threadId: string
/**
 * Optional client-supplied analytics source classification for this forked thread.
 */
threadSource?: (ThreadSource | null)
}
export interface ThreadArchiveRequest {
id: RequestId
method: ThreadArchiveRequestMethod
params: ThreadArchiveParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadArchiveParams".
 */
export interface ThreadArchiveParams {
threadId: string
}
export interface ThreadDeleteRequest {
id: RequestId
method: ThreadDeleteRequestMethod
params: ThreadDeleteParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadDeleteParams".
 */
export interface ThreadDeleteParams {
threadId: string
}
export interface ThreadUnsubscribeRequest {
id: RequestId
method: ThreadUnsubscribeRequestMethod
params: ThreadUnsubscribeParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadUnsubscribeParams".
 */
export interface ThreadUnsubscribeParams {
threadId: string
}
export interface ThreadNameSetRequest {
id: RequestId
method: ThreadNameSetRequestMethod
params: ThreadSetNameParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSetNameParams".
 */
export interface ThreadSetNameParams {
name: string
threadId: string
}
export interface ThreadGoalSetRequest {
id: RequestId
method: ThreadGoalSetRequestMethod
params: ThreadGoalSetParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadGoalSetParams".
 */
export interface ThreadGoalSetParams {
objective?: (string | null)
/**
 * Missing provenance does not supply user authorization.
 */
origin?: (ThreadGoalMutationOrigin | null)
status?: (ThreadGoalStatus | null)
threadId: string
tokenBudget?: (number | null)
}
export interface ThreadGoalGetRequest {
id: RequestId
method: ThreadGoalGetRequestMethod
params: ThreadGoalGetParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadGoalGetParams".
 */
export interface ThreadGoalGetParams {
threadId: string
}
export interface ThreadGoalClearRequest {
id: RequestId
method: ThreadGoalClearRequestMethod
params: ThreadGoalClearParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadGoalClearParams".
 */
export interface ThreadGoalClearParams {
/**
 * Missing provenance does not supply user authorization.
 */
origin?: (ThreadGoalMutationOrigin | null)
threadId: string
}
export interface ThreadMetadataUpdateRequest {
id: RequestId
method: ThreadMetadataUpdateRequestMethod
params: ThreadMetadataUpdateParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadMetadataUpdateParams".
 */
export interface ThreadMetadataUpdateParams {
/**
 * Patch the stored Git metadata for this thread. Omit a field to leave it unchanged, set it to `null` to clear it, or provide a string to replace the stored value.
 */
gitInfo?: (ThreadMetadataGitInfoUpdateParams | null)
threadId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadMetadataGitInfoUpdateParams".
 */
export interface ThreadMetadataGitInfoUpdateParams {
/**
 * Omit to leave the stored branch unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
 */
branch?: (string | null)
/**
 * Omit to leave the stored origin URL unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
 */
originUrl?: (string | null)
/**
 * Omit to leave the stored commit unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
 */
sha?: (string | null)
}
export interface ThreadAttachmentAddRequest {
id: RequestId
method: ThreadAttachmentAddRequestMethod
params: ThreadAttachmentAddParams
}
/**
 * Parameters for creating or locating an attachment on its owning thread.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentAddParams".
 */
export interface ThreadAttachmentAddParams {
attachmentType: string
identityKey: string
payload: unknown
threadId: string
}
export interface ThreadAttachmentListRequest {
id: RequestId
method: ThreadAttachmentListRequestMethod
params: ThreadAttachmentListParams
}
/**
 * Parameters for listing attachments from one thread.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentListParams".
 */
export interface ThreadAttachmentListParams {
cursor?: (string | null)
limit?: (number | null)
threadId: string
}
export interface ThreadAttachmentOwnerListRequest {
id: RequestId
method: ThreadAttachmentOwnerListRequestMethod
params: ThreadAttachmentOwnerListParams
}
/**
 * Parameters for reverse lookup by attachment identity within this server's store.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentOwnerListParams".
 */
export interface ThreadAttachmentOwnerListParams {
/**
 * Omitted or null returns all matches; false returns non-archived threads only.
 */
archived?: (boolean | null)
attachmentType: string
cursor?: (string | null)
identityKey: string
limit?: (number | null)
}
export interface ThreadAttachmentRemoveRequest {
id: RequestId
method: ThreadAttachmentRemoveRequestMethod
params: ThreadAttachmentRemoveParams
}
/**
 * Parameters for deleting an attachment by its stable thread-local identity.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentRemoveParams".
 */
export interface ThreadAttachmentRemoveParams {
attachmentType: string
identityKey: string
threadId: string
}
export interface ThreadSectionMoveRequest {
id: RequestId
method: ThreadSectionMoveRequestMethod
params: ThreadSectionMoveParams
}
/**
 * Parameters for moving a thread within a server-owned section ordering.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionMoveParams".
 */
export interface ThreadSectionMoveParams {
/**
 * Existing thread to insert before; omission or null appends to the section.
 */
beforeThreadId?: (string | null)
/**
 * Destination section, or `null` to remove the thread from its section.
 */
sectionId: (string | null)
/**
 * Thread to move into, within, or out of a section.
 */
threadId: string
}
export interface ThreadUnarchiveRequest {
id: RequestId
method: ThreadUnarchiveRequestMethod
params: ThreadUnarchiveParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadUnarchiveParams".
 */
export interface ThreadUnarchiveParams {
threadId: string
}
export interface ThreadCompactStartRequest {
id: RequestId
method: ThreadCompactStartRequestMethod
params: ThreadCompactStartParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadCompactStartParams".
 */
export interface ThreadCompactStartParams {
threadId: string
}
export interface ThreadShellCommandRequest {
id: RequestId
method: ThreadShellCommandRequestMethod
params: ThreadShellCommandParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadShellCommandParams".
 */
export interface ThreadShellCommandParams {
/**
 * Shell command string evaluated by the thread's configured shell. Unlike `command/exec`, this intentionally preserves shell syntax such as pipes, redirects, and quoting. This runs unsandboxed with full access rather than inheriting the thread sandbox policy.
 */
command: string
threadId: string
/**
 * Maximum execution time in milliseconds. Defaults to one hour when omitted or null. Must be non-negative; zero requests an immediate timeout, not unlimited execution. Does not affect the immediate RPC acknowledgement.
 */
timeoutMs?: (number | null)
}
export interface ThreadApproveGuardianDeniedActionRequest {
id: RequestId
method: ThreadApproveGuardianDeniedActionRequestMethod
params: ThreadApproveGuardianDeniedActionParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadApproveGuardianDeniedActionParams".
 */
export interface ThreadApproveGuardianDeniedActionParams {
/**
 * Serialized `codex_protocol::protocol::GuardianAssessmentEvent`.
 */
event: {
[k: string]: unknown | undefined
}
threadId: string
}
export interface ThreadRevertRequest {
id: RequestId
method: ThreadRevertRequestMethod
params: ThreadRevertParams
}
/**
 * Replace a paginated thread's durable history with the prefix before one turn.
 * 
 * This only changes persisted conversation history. It does not revert local file changes.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRevertParams".
 */
export interface ThreadRevertParams {
/**
 * Turn excluded from the replacement history, together with every later turn.
 */
beforeTurnId: string
threadId: string
}
export interface ThreadListRequest {
id: RequestId
method: ThreadListRequestMethod
params: ThreadListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadListParams".
 */
export interface ThreadListParams {
/**
 * Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned.
 */
archived?: (boolean | null)
/**
 * Show local history visible to the current ChatGPT account. Defaults to false.
 */
currentAccountOnly?: boolean
/**
 * Opaque pagination cursor returned by a previous call.
 */
cursor?: (string | null)
/**
 * Optional cwd filter or filters; when set, only threads whose session cwd exactly matches one of these paths are returned.
 */
cwd?: (ThreadListCwdFilter | null)
/**
 * Thread IDs to exclude before applying the result limit. Up to 100 entries; invalid IDs or a larger list are rejected, never truncated. Send the same exclusions on each page. Omitted, null, or empty means no exclusions.
 */
excludedThreadIds?: (string[] | null)
/**
 * Restrict results to up to 100 thread IDs before pagination. Omit or send null for unrestricted results. An empty list matches nothing. Exclusions still apply. Repeat the same IDs on each page. The local store uses indexed metadata for this filter.
 */
includedThreadIds?: (string[] | null)
/**
 * Optional page size; defaults to a reasonable server-side value.
 */
limit?: (number | null)
/**
 * Optional provider filter; when set, only sessions recorded under these providers are returned. When present but empty, includes all providers.
 */
modelProviders?: (string[] | null)
/**
 * Optional originator allowlist, matching any supplied value exactly. Supported by hosted backends only; the local app-server rejects a nonempty list. Omitted or empty lists leave originators unrestricted.
 */
originators?: (string[] | null)
/**
 * Optional substring filter for the extracted thread title.
 */
searchTerm?: (string | null)
/**
 * Omit to include every section, set to `null` for unsectioned threads, or provide a section ID to return only threads in that section.
 */
sectionId?: (string | null)
/**
 * Optional sort direction; defaults to descending (newest first).
 */
sortDirection?: (SortDirection | null)
/**
 * Optional sort key; defaults to created_at.
 */
sortKey?: (ThreadSortKey | null)
/**
 * Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources.
 */
sourceKinds?: (ThreadSourceKind[] | null)
/**
 * If true, the local store returns indexed metadata without scanning JSONL rollouts for repairs. Requests with `includedThreadIds` always use indexed metadata.
 */
useStateDbOnly?: boolean
}
export interface ThreadSectionListRequest {
id: RequestId
method: ThreadSectionListRequestMethod
params: ThreadSectionListParams
}
/**
 * Parameters for listing independently persisted thread sections.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionListParams".
 */
export interface ThreadSectionListParams {
/**
 * Opaque pagination cursor returned by a previous call.
 */
cursor?: (string | null)
/**
 * Maximum number of sections to return.
 */
limit?: (number | null)
}
export interface ThreadSectionCreateRequest {
id: RequestId
method: ThreadSectionCreateRequestMethod
params: ThreadSectionCreateParams
}
/**
 * Parameters for creating an independently persisted thread section.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionCreateParams".
 */
export interface ThreadSectionCreateParams {
appearance?: (ThreadSectionAppearance | null)
/**
 * The user-visible name of the section.
 */
name: string
}
/**
 * Extensible visual presentation for a custom thread section.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionAppearance".
 */
export interface ThreadSectionAppearance {
color?: (string | null)
icon?: (string | null)
}
export interface ThreadSectionUpdateRequest {
id: RequestId
method: ThreadSectionUpdateRequestMethod
params: ThreadSectionUpdateParams
}
/**
 * Parameters for updating an independently persisted thread section.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionUpdateParams".
 */
export interface ThreadSectionUpdateParams {
/**
 * Omit to preserve appearance, use `null` to clear it, or provide a replacement.
 */
appearance?: (ThreadSectionAppearance | null)
/**
 * The updated user-visible name of the section.
 */
name: string
/**
 * The stable, server-generated identity of the section to update.
 */
sectionId: string
}
export interface ThreadSectionDeleteRequest {
id: RequestId
method: ThreadSectionDeleteRequestMethod
params: ThreadSectionDeleteParams
}
/**
 * Parameters for deleting an independently persisted thread section.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionDeleteParams".
 */
export interface ThreadSectionDeleteParams {
/**
 * The stable, server-generated identity of the section to delete.
 */
sectionId: string
}
export interface ThreadLoadedListRequest {
id: RequestId
method: ThreadLoadedListRequestMethod
params: ThreadLoadedListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadLoadedListParams".
 */
export interface ThreadLoadedListParams {
/**
 * Opaque pagination cursor returned by a previous call.
 */
cursor?: (string | null)
/**
 * Optional page size; defaults to no limit.
 */
limit?: (number | null)
}
export interface ThreadReadRequest {
id: RequestId
method: ThreadReadRequestMethod
params: ThreadReadParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadReadParams".
 */
export interface ThreadReadParams {
/**
 * When true, include turns and their items from rollout history. Full-history hydration is deprecated for paginated threads; prefer a metadata-only read and page with `thread/turns/list` and `thread/items/list`.
 */
includeTurns?: boolean
threadId: string
}
export interface ThreadTurnsListRequest {
id: RequestId
method: ThreadTurnsListRequestMethod
params: ThreadTurnsListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadTurnsListParams".
 */
export interface ThreadTurnsListParams {
/**
 * Opaque cursor to pass to the next call to continue after the last turn.
 */
cursor?: (string | null)
/**
 * How much item detail to include for each returned turn; defaults to summary.
 */
itemsView?: (TurnItemsView | null)
/**
 * Optional turn page size.
 */
limit?: (number | null)
/**
 * Optional turn pagination direction; defaults to descending.
 */
sortDirection?: (SortDirection | null)
threadId: string
}
export interface ThreadItemsListRequest {
id: RequestId
method: ThreadItemsListRequestMethod
params: ThreadItemsListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadItemsListParams".
 */
export interface ThreadItemsListParams {
/**
 * Opaque continuation cursor or an exclusive item anchor in the requested visible turn. An item anchor requires a non-empty `turnId`; ascending (the default) returns items after it, and descending returns items before it. Continue with the returned string cursor.
 */
cursor?: (ThreadItemsListCursor | null)
/**
 * For a single turn, choose which saved outputs to fetch separately by item ID.
 */
deferOutput?: (ThreadItemOutputDeferral | null)
/**
 * Optional item page size.
 */
limit?: (number | null)
/**
 * Optional item pagination direction; defaults to ascending.
 */
sortDirection?: (SortDirection | null)
threadId: string
/**
 * Optional turn id to filter by. When omitted, returns items across the thread.
 */
turnId?: (string | null)
}
export interface ItemThreadItemsListAnchor {
itemId: string
type: ItemThreadItemsListAnchorType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadItemOutputDeferral".
 */
export interface ThreadItemOutputDeferral {

}
/**
 * Append raw Responses API items to the thread history without starting a user turn.
 */
export interface ThreadInjectItemsRequest {
id: RequestId
method: ThreadInjectItemsRequestMethod
params: ThreadInjectItemsParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadInjectItemsParams".
 */
export interface ThreadInjectItemsParams {
/**
 * Raw Responses API items to append to the thread's model-visible history.
 */
items: unknown[]
threadId: string
}
export interface SkillsListRequest {
id: RequestId
method: SkillsListRequestMethod
params: SkillsListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillsListParams".
 */
export interface SkillsListParams {
/**
 * When empty, defaults to the current session working directory.
 */
cwds?: string[]
/**
 * When true, bypass the skills cache and re-scan skills from disk.
 */
forceReload?: boolean
}
export interface SkillsExtraRootsSetRequest {
id: RequestId
method: SkillsExtraRootsSetRequestMethod
params: SkillsExtraRootsSetParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillsExtraRootsSetParams".
 */
export interface SkillsExtraRootsSetParams {
extraRoots: AbsolutePathBuf[]
}
export interface HooksListRequest {
id: RequestId
method: HooksListRequestMethod
params: HooksListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HooksListParams".
 */
export interface HooksListParams {
/**
 * Working directories to inspect when no thread is specified. An empty list uses the session cwd.
 */
cwds?: string[]
/**
 * List a loaded thread's hooks, including its selected environments. Omit `cwds` in this mode.
 */
threadId?: (string | null)
}
export interface MarketplaceAddRequest {
id: RequestId
method: MarketplaceAddRequestMethod
params: MarketplaceAddParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MarketplaceAddParams".
 */
export interface MarketplaceAddParams {
refName?: (string | null)
source: string
sparsePaths?: (string[] | null)
}
export interface MarketplaceRemoveRequest {
id: RequestId
method: MarketplaceRemoveRequestMethod
params: MarketplaceRemoveParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MarketplaceRemoveParams".
 */
export interface MarketplaceRemoveParams {
marketplaceName: string
}
export interface MarketplaceUpgradeRequest {
id: RequestId
method: MarketplaceUpgradeRequestMethod
params: MarketplaceUpgradeParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MarketplaceUpgradeParams".
 */
export interface MarketplaceUpgradeParams {
marketplaceName?: (string | null)
}
export interface PluginListRequest {
id: RequestId
method: PluginListRequestMethod
params: PluginListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginListParams".
 */
export interface PluginListParams {
/**
 * Optional working directories used to discover repo marketplaces. When omitted, only home-scoped marketplaces and the official curated marketplace are considered.
 */
cwds?: (AbsolutePathBuf[] | null)
/**
 * Whether the client requests a fresh remote plugin catalog fetch.
 */
forceRefetch?: boolean
/**
 * Optional marketplace kind filter. When omitted, only local marketplaces are queried, plus the default remote catalog when enabled by feature flag.
 */
marketplaceKinds?: (PluginListMarketplaceKind[] | null)
}
export interface PluginInstalledRequest {
id: RequestId
method: PluginInstalledRequestMethod
params: PluginInstalledParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginInstalledParams".
 */
export interface PluginInstalledParams {
/**
 * Optional working directories used to discover repo marketplaces.
 */
cwds?: (AbsolutePathBuf[] | null)
/**
 * Additional uninstalled plugin names that should be returned when present locally. This is used by mention surfaces that intentionally expose install entrypoints.
 */
installSuggestionPluginNames?: (string[] | null)
}
export interface PluginReconcileRequest {
id: RequestId
method: PluginReconcileRequestMethod
params: PluginReconcileParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginReconcileParams".
 */
export interface PluginReconcileParams {
/**
 * Optional client-provided reason recorded with the reconciliation attempt.
 */
reason?: (string | null)
}
export interface PluginReadRequest {
id: RequestId
method: PluginReadRequestMethod
params: PluginReadParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginReadParams".
 */
export interface PluginReadParams {
marketplacePath?: (AbsolutePathBuf | null)
pluginName: string
remoteMarketplaceName?: (string | null)
}
export interface PluginSkillReadRequest {
id: RequestId
method: PluginSkillReadRequestMethod
params: PluginSkillReadParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginSkillReadParams".
 */
export interface PluginSkillReadParams {
remoteMarketplaceName: string
remotePluginId: string
skillName: string
}
export interface PluginShareSaveRequest {
id: RequestId
method: PluginShareSaveRequestMethod
params: PluginShareSaveParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareSaveParams".
 */
export interface PluginShareSaveParams {
discoverability?: (PluginShareDiscoverability | null)
pluginPath: AbsolutePathBuf
remotePluginId?: (string | null)
shareTargets?: (PluginShareTarget[] | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareTarget".
 */
export interface PluginShareTarget {
principalId: string
principalType: PluginSharePrincipalType
role: PluginShareTargetRole
}
export interface PluginShareUpdateTargetsRequest {
id: RequestId
method: PluginShareUpdateTargetsRequestMethod
params: PluginShareUpdateTargetsParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareUpdateTargetsParams".
 */
export interface PluginShareUpdateTargetsParams {
discoverability: PluginShareUpdateDiscoverability
remotePluginId: string
shareTargets: PluginShareTarget[]
}
export interface PluginShareListRequest {
id: RequestId
method: PluginShareListRequestMethod
params: PluginShareListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareListParams".
 */
export interface PluginShareListParams {

}
export interface PluginShareCheckoutRequest {
id: RequestId
method: PluginShareCheckoutRequestMethod
params: PluginShareCheckoutParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareCheckoutParams".
 */
export interface PluginShareCheckoutParams {
remotePluginId: string
}
export interface PluginShareDeleteRequest {
id: RequestId
method: PluginShareDeleteRequestMethod
params: PluginShareDeleteParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareDeleteParams".
 */
export interface PluginShareDeleteParams {
remotePluginId: string
}
export interface AppReadRequest {
id: RequestId
method: AppReadRequestMethod
params: AppsReadParams
}
export interface AppListRequest {
id: RequestId
method: AppListRequestMethod
params: AppsListParams
}
export interface AppInstalledRequest {
id: RequestId
method: AppInstalledRequestMethod
params: AppsInstalledParams
}
export interface FsReadFileRequest {
id: RequestId
method: FsReadFileRequestMethod
params: FsReadFileParams
}
/**
 * Read a file from the host filesystem.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsReadFileParams".
 */
export interface FsReadFileParams {
/**
 * Absolute path to read.
 */
path: AbsolutePathBuf
}
export interface FsWriteFileRequest {
id: RequestId
method: FsWriteFileRequestMethod
params: FsWriteFileParams
}
/**
 * Write a file on the host filesystem.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsWriteFileParams".
 */
export interface FsWriteFileParams {
/**
 * File contents encoded as base64.
 */
dataBase64: string
/**
 * Absolute path to write.
 */
path: AbsolutePathBuf
}
export interface FsCreateDirectoryRequest {
id: RequestId
method: FsCreateDirectoryRequestMethod
params: FsCreateDirectoryParams
}
/**
 * Create a directory on the host filesystem.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsCreateDirectoryParams".
 */
export interface FsCreateDirectoryParams {
/**
 * Absolute directory path to create.
 */
path: AbsolutePathBuf
/**
 * Whether parent directories should also be created. Defaults to `true`.
 */
recursive?: (boolean | null)
}
export interface FsGetMetadataRequest {
id: RequestId
method: FsGetMetadataRequestMethod
params: FsGetMetadataParams
}
/**
 * Request metadata for an absolute path.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsGetMetadataParams".
 */
export interface FsGetMetadataParams {
/**
 * Absolute path to inspect.
 */
path: AbsolutePathBuf
}
export interface FsReadDirectoryRequest {
id: RequestId
method: FsReadDirectoryRequestMethod
params: FsReadDirectoryParams
}
/**
 * List direct child names for a directory.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsReadDirectoryParams".
 */
export interface FsReadDirectoryParams {
/**
 * Absolute directory path to read.
 */
path: AbsolutePathBuf
}
export interface FsRemoveRequest {
id: RequestId
method: FsRemoveRequestMethod
params: FsRemoveParams
}
/**
 * Remove a file or directory tree from the host filesystem.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsRemoveParams".
 */
export interface FsRemoveParams {
/**
 * Whether missing paths should be ignored. Defaults to `true`.
 */
force?: (boolean | null)
/**
 * Absolute path to remove.
 */
path: AbsolutePathBuf
/**
 * Whether directory removal should recurse. Defaults to `true`.
 */
recursive?: (boolean | null)
}
export interface FsCopyRequest {
id: RequestId
method: FsCopyRequestMethod
params: FsCopyParams
}
/**
 * Copy a file or directory tree on the host filesystem.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsCopyParams".
 */
export interface FsCopyParams {
/**
 * Absolute destination path.
 */
destinationPath: AbsolutePathBuf
/**
 * Required for directory copies; ignored for file copies.
 */
recursive?: boolean
/**
 * Absolute source path.
 */
sourcePath: AbsolutePathBuf
}
export interface FsWatchRequest {
id: RequestId
method: FsWatchRequestMethod
params: FsWatchParams
}
/**
 * Start filesystem watch notifications for an absolute path.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsWatchParams".
 */
export interface FsWatchParams {
/**
 * Absolute file or directory path to watch.
 */
path: AbsolutePathBuf
/**
 * Connection-scoped watch identifier used for `fs/unwatch` and `fs/changed`.
 */
watchId: string
}
export interface FsUnwatchRequest {
id: RequestId
method: FsUnwatchRequestMethod
params: FsUnwatchParams
}
/**
 * Stop filesystem watch notifications for a prior `fs/watch`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsUnwatchParams".
 */
export interface FsUnwatchParams {
/**
 * Watch identifier previously provided to `fs/watch`.
 */
watchId: string
}
export interface SkillsConfigWriteRequest {
id: RequestId
method: SkillsConfigWriteRequestMethod
params: SkillsConfigWriteParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillsConfigWriteParams".
 */
export interface SkillsConfigWriteParams {
enabled: boolean
/**
 * Name-based selector.
 */
name?: (string | null)
/**
 * Path-based selector.
 */
path?: (AbsolutePathBuf | null)
}
export interface PluginInstallRequest {
id: RequestId
method: PluginInstallRequestMethod
params: PluginInstallParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginInstallParams".
 */
export interface PluginInstallParams {
/**
 * Client-generated identifier used to correlate one installation attempt.
 */
installAttemptId?: (string | null)
marketplacePath?: (AbsolutePathBuf | null)
pluginName: string
remoteMarketplaceName?: (string | null)
}
export interface PluginUninstallRequest {
id: RequestId
method: PluginUninstallRequestMethod
params: PluginUninstallParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginUninstallParams".
 */
export interface PluginUninstallParams {
pluginId: string
}
export interface TurnStartRequest {
id: RequestId
method: TurnStartRequestMethod
params: TurnStartParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnStartParams".
 */
export interface TurnStartParams {
/**
 * Override the approval policy for this turn and subsequent turns.
 */
approvalPolicy?: (AskForApproval | null)
/**
 * Override where approval requests are routed for review on this turn and subsequent turns.
 */
approvalsReviewer?: (ApprovalsReviewer | null)
clientUserMessageId?: (string | null)
/**
 * Override the working directory for this turn and subsequent turns.
 */
cwd?: (string | null)
/**
 * Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it.
 */
disabledPluginIds?: (string[] | null)
/**
 * Override the reasoning effort for this turn and subsequent turns.
 */
effort?: (ReasoningEffort | null)
input: UserInput[]
/**
 * Override the model for this turn and subsequent turns.
 */
model?: (string | null)
/**
 * Optional JSON Schema used to constrain the final assistant message for this turn.
 */
outputSchema?: {
[k: string]: unknown | undefined
}
/**
 * ID of the turn that caused this new turn to start.
 * 
 * Set this when starting work on behalf of another turn, such as delegated work in a different thread. Leave unset for work started directly by the user. Ignored when this request adds input to an active turn.
 */
parentTurnId?: (string | null)
/**
 * @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
 */
personality?: (Personality | null)
/**
 * ID of the first turn in the chain of work that led to this new turn.
 * 
 * When setting `parentTurnId`, set this to the parent turn's `rootTurnId` when known. This keeps descendant work attributed to the original turn. If omitted, the new turn becomes its own root. Ignored when this request adds input to an active turn.
 */
rootTurnId?: (string | null)
/**
 * Override the sandbox policy for this turn and subsequent turns.
 */
sandboxPolicy?: (SandboxPolicy | null)
/**
 * Override the service tier for this turn and subsequent turns.
 */
serviceTier?: (string | null)
/**
 * Override the service tier only when this request starts a new turn. Use "default" for standard speed. Omitted or null inherits the thread's tier. Does not change the thread's tier or a turn being steered.
 */
serviceTierForTurn?: (string | null)
/**
 * Override the reasoning summary for this turn and subsequent turns.
 */
summary?: (ReasoningSummary | null)
threadId: string
toolOutput?: (TurnToolOutput | null)
/**
 * Optional source classification for the caller that starts this turn. Ignored when this request steers an already-active turn.
 */
turnTrigger?: (string | null)
}
export interface TextUserInput {
text: string
/**
 * UI-defined spans within `text` used to render or persist special elements.
 */
text_elements?: TextElement[]
type: TextUserInputType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TextElement".
 */
export interface TextElement {
/**
 * Byte range in the parent `text` buffer that this element occupies.
 */
byteRange: ByteRange
/**
 * Optional human-readable placeholder for the element, displayed in the UI.
 */
placeholder?: (string | null)
}
export interface UrlUserInput {
url: string
}
export interface FileIdUserInput {
fileId: string
}
export interface LocalImageUserInput {
detail?: (ImageDetail | null)
path: string
type: LocalImageUserInputType
}
export interface UrlUserInput1 {
url: string
}
export interface FileIdUserInput1 {
fileId: string
}
export interface LocalAudioUserInput {
path: string
type: LocalAudioUserInputType
}
export interface SkillUserInput {
name: string
path: string
type: SkillUserInputType
}
export interface MentionUserInput {
name: string
path: string
type: MentionUserInputType
}
export interface DangerFullAccessSandboxPolicy {
type: DangerFullAccessSandboxPolicyType
}
export interface ReadOnlySandboxPolicy {
networkAccess?: boolean
type: ReadOnlySandboxPolicyType
}
export interface ExternalSandboxSandboxPolicy {
networkAccess?: (NetworkAccess & string)
type: ExternalSandboxSandboxPolicyType
}
export interface WorkspaceWriteSandboxPolicy {
excludeSlashTmp?: boolean
excludeTmpdirEnvVar?: boolean
networkAccess?: boolean
type: WorkspaceWriteSandboxPolicyType
writableRoots?: AbsolutePathBuf[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnToolOutput".
 */
export interface TurnToolOutput {
name: string
namespace?: (string | null)
output: FunctionCallOutputBody
/**
 * Requests retention of this output in the thread's model history.
 */
retain?: boolean
}
export interface InputTextFunctionCallOutputContentItem {
text: string
type: InputTextFunctionCallOutputContentItemType
}
export interface ImageUrlFunctionCallOutputContentItem {
image_url: string
}
export interface FileIdFunctionCallOutputContentItem {
file_id: string
}
export interface AudioUrlFunctionCallOutputContentItem {
audio_url: string
}
export interface FileIdFunctionCallOutputContentItem1 {
file_id: string
}
export interface EncryptedContentFunctionCallOutputContentItem {
encrypted_content: string
type: EncryptedContentFunctionCallOutputContentItemType
}
export interface TurnSteerRequest {
id: RequestId
method: TurnSteerRequestMethod
params: TurnSteerParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnSteerParams".
 */
export interface TurnSteerParams {
clientUserMessageId?: (string | null)
/**
 * Required active turn id precondition. The request fails when it does not match the currently active turn.
 */
expectedTurnId: string
input: UserInput[]
threadId: string
}
export interface TurnInterruptRequest {
id: RequestId
method: TurnInterruptRequestMethod
params: TurnInterruptParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnInterruptParams".
 */
export interface TurnInterruptParams {
threadId: string
turnId: string
}
export interface ReviewStartRequest {
id: RequestId
method: ReviewStartRequestMethod
params: ReviewStartParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReviewStartParams".
 */
export interface ReviewStartParams {
/**
 * Reviews run inline on the supplied thread. Omit this field or pass `inline`. To review on a separate thread, start a thread first and use its id.
 */
delivery?: (ReviewDelivery | null)
target: ReviewTarget
threadId: string
}
/**
 * Review the working tree: staged, unstaged, and untracked files.
 */
export interface UncommittedChangesReviewTarget {
type: UncommittedChangesReviewTargetType
}
/**
 * Review changes between the current branch and the given base branch.
 */
export interface BaseBranchReviewTarget {
branch: string
type: BaseBranchReviewTargetType
}
/**
 * Review the changes introduced by a specific commit.
 */
export interface CommitReviewTarget {
sha: string
/**
 * Optional human-readable label (e.g., commit subject) for UIs.
 */
title?: (string | null)
type: CommitReviewTargetType
}
/**
 * Arbitrary instructions, equivalent to the old free-form prompt.
 */
export interface CustomReviewTarget {
instructions: string
type: CustomReviewTargetType
}
export interface ModelListRequest {
id: RequestId
method: ModelListRequestMethod
params: ModelListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelListParams".
 */
export interface ModelListParams {
/**
 * Opaque pagination cursor returned by a previous call.
 */
cursor?: (string | null)
/**
 * When true, include models that are hidden from the default picker list.
 */
includeHidden?: (boolean | null)
/**
 * Optional page size; defaults to a reasonable server-side value.
 */
limit?: (number | null)
/**
 * List models for this configured provider instead of the app-server default.
 */
modelProvider?: (string | null)
}
export interface AccountGatewayOAuthReadRequest {
id: RequestId
method: AccountGatewayOAuthReadRequestMethod
params?: (GatewayOAuthReadParams | null)
}
/**
 * Read credential readiness for a configured provider without starting browser login.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GatewayOAuthReadParams".
 */
export interface GatewayOAuthReadParams {
/**
 * Defaults to the current provider when omitted.
 */
modelProvider?: (string | null)
}
export interface AccountGatewayOAuthLoginRequest {
id: RequestId
method: AccountGatewayOAuthLoginRequestMethod
params?: (GatewayOAuthLoginParams | null)
}
/**
 * Authorize a configured provider without changing the default or any thread's provider.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GatewayOAuthLoginParams".
 */
export interface GatewayOAuthLoginParams {
/**
 * Select device authorization when the server advertises support for it.
 */
deviceAuth?: boolean
/**
 * Defaults to the current provider when omitted.
 */
modelProvider?: (string | null)
}
export interface AccountGatewayOAuthCancelRequest {
id: RequestId
method: AccountGatewayOAuthCancelRequestMethod
params?: null
}
export interface ModelProviderListRequest {
id: RequestId
method: ModelProviderListRequestMethod
params: ModelProviderListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelProviderListParams".
 */
export interface ModelProviderListParams {

}
export interface ModelProviderConfigWriteRequest {
id: RequestId
method: ModelProviderConfigWriteRequestMethod
params: ModelProviderConfigWriteParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelProviderConfigWriteParams".
 */
export interface ModelProviderConfigWriteParams {
settings: ProviderSettingsPatch
}
export interface CustomGatewayProviderSettingsPatch {
baseUrl?: (string | null)
envKey?: (string | null)
name?: string
/**
 * Omit or pass null to allocate a new custom provider ID.
 */
providerId?: (string | null)
type: CustomGatewayProviderSettingsPatchType
}
/**
 * AWS configuration fields for built-in Bedrock providers.
 */
export interface BedrockProviderSettingsPatch {
profile?: (string | null)
providerId: BedrockProviderId
region?: (string | null)
type: BedrockProviderSettingsPatchType
}
/**
 * GCP configuration fields. Credential-file paths refer to the app-server host.
 */
export interface GcpProviderSettingsPatch {
credentialFile?: (string | null)
location?: (string | null)
projectId?: (string | null)
providerId: GcpProviderId
type: GcpProviderSettingsPatchType
}
export interface ModelProviderDefaultSetRequest {
id: RequestId
method: ModelProviderDefaultSetRequestMethod
params: ModelProviderDefaultSetParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelProviderDefaultSetParams".
 */
export interface ModelProviderDefaultSetParams {
/**
 * Configured provider to use by default for new threads and unscoped model lists.
 */
providerId: string
}
export interface ModelProviderCapabilitiesReadRequest {
id: RequestId
method: ModelProviderCapabilitiesReadRequestMethod
params: ModelProviderCapabilitiesReadParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelProviderCapabilitiesReadParams".
 */
export interface ModelProviderCapabilitiesReadParams {

}
export interface ExperimentalFeatureListRequest {
id: RequestId
method: ExperimentalFeatureListRequestMethod
params: ExperimentalFeatureListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExperimentalFeatureListParams".
 */
export interface ExperimentalFeatureListParams {
/**
 * Opaque pagination cursor returned by a previous call.
 */
cursor?: (string | null)
/**
 * Optional page size; defaults to a reasonable server-side value.
 */
limit?: (number | null)
/**
 * Optional loaded thread id. Pass this when showing feature state for an existing thread so enablement is computed from that thread's refreshed config, including project-local config for the thread's cwd.
 */
threadId?: (string | null)
}
export interface PermissionProfileListRequest {
id: RequestId
method: PermissionProfileListRequestMethod
params: PermissionProfileListParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PermissionProfileListParams".
 */
export interface PermissionProfileListParams {
/**
 * Opaque pagination cursor returned by a previous call.
 */
cursor?: (string | null)
/**
 * Optional working directory to resolve project config layers.
 */
cwd?: (string | null)
/**
 * Optional page size; defaults to the full result set.
 */
limit?: (number | null)
}
export interface ExperimentalFeatureEnablementSetRequest {
id: RequestId
method: ExperimentalFeatureEnablementSetRequestMethod
params: ExperimentalFeatureEnablementSetParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExperimentalFeatureEnablementSetParams".
 */
export interface ExperimentalFeatureEnablementSetParams {
/**
 * Process-wide runtime feature enablement keyed by canonical feature name.
 * 
 * Only named features are updated. Omitted features are left unchanged. Send an empty map for a no-op.
 */
enablement: {
[k: string]: boolean | undefined
}
}
export interface McpServerOauthLoginRequest {
id: RequestId
method: McpServerOauthLoginRequestMethod
params: McpServerOauthLoginParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerOauthLoginParams".
 */
export interface McpServerOauthLoginParams {
/**
 * Registration strategy for this login only; omission selects automatic discovery.
 */
clientRegistration?: (McpServerOauthClientRegistration | null)
/**
 * Exact registration scope; omission preserves legacy name-only selection.
 */
environmentId?: (string | null)
name: string
scopes?: (string[] | null)
threadId?: (string | null)
timeoutSecs?: (number | null)
}
export interface ConfigMcpServerReloadRequest {
id: RequestId
method: ConfigMcpServerReloadRequestMethod
params?: null
}
export interface McpServerStatusListRequest {
id: RequestId
method: McpServerStatusListRequestMethod
params: ListMcpServerStatusParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ListMcpServerStatusParams".
 */
export interface ListMcpServerStatusParams {
/**
 * Opaque pagination cursor returned by a previous call.
 */
cursor?: (string | null)
/**
 * Controls how much MCP inventory data to fetch for each server. Defaults to `Full` when omitted.
 */
detail?: (McpServerStatusDetail | null)
/**
 * Select this environment's registration. Requires `serverName` and `threadId`. When omitted, a named request uses the same server as older clients.
 */
environmentId?: (string | null)
/**
 * Optional page size; defaults to a server-defined value.
 */
limit?: (number | null)
/**
 * Limit discovery to one server. With a thread ID, reuse that thread's MCP connection.
 */
serverName?: (string | null)
threadId?: (string | null)
}
export interface McpServerResourceReadRequest {
id: RequestId
method: McpServerResourceReadRequestMethod
params: McpResourceReadParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpResourceReadParams".
 */
export interface McpResourceReadParams {
/**
 * Additional MCP request metadata. Account and turn routing keys are reserved.
 */
_meta?: ({
[k: string]: unknown | undefined
} | null)
connectorId?: (string | null)
/**
 * Exact registration scope; omission preserves legacy name-only selection.
 */
environmentId?: (string | null)
/**
 * Originating MCP tool call used to select the resource's app.
 */
originCallId?: (string | null)
server: string
/**
 * Explicit hosted app/account. Omit to retain legacy resource discovery.
 */
target?: (McpResourceReadTarget | null)
threadId?: (string | null)
uri: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpResourceReadTarget".
 */
export interface McpResourceReadTarget {
connectorId: string
/**
 * Null explicitly requests no-auth access, subject to the app's resource policy.
 */
linkId: (string | null)
}
export interface McpServerToolCallRequest {
id: RequestId
method: McpServerToolCallRequestMethod
params: McpServerToolCallParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerToolCallParams".
 */
export interface McpServerToolCallParams {
_meta?: unknown
arguments?: unknown
/**
 * Exact registration scope; omission preserves legacy name-only selection.
 */
environmentId?: (string | null)
server: string
threadId: string
tool: string
}
export interface WindowsSandboxSetupStartRequest {
id: RequestId
method: WindowsSandboxSetupStartRequestMethod
params: WindowsSandboxSetupStartParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WindowsSandboxSetupStartParams".
 */
export interface WindowsSandboxSetupStartParams {
cwd?: (AbsolutePathBuf | null)
mode: WindowsSandboxSetupMode
}
export interface WindowsSandboxReadinessRequest {
id: RequestId
method: WindowsSandboxReadinessRequestMethod
params?: null
}
export interface AccountLoginStartRequest {
id: RequestId
method: AccountLoginStartRequestMethod
params: LoginAccountParams
}
export interface ApiKeyv2LoginAccountParams {
apiKey: string
type: ApiKeyv2LoginAccountParamsType
}
export interface Chatgptv2LoginAccountParams {
appBrand?: (LoginAppBrand | null)
codexStreamlinedLogin?: boolean
type: Chatgptv2LoginAccountParamsType
useHostedLoginSuccessPage?: boolean
}
export interface ChatgptDeviceCodev2LoginAccountParams {
type: ChatgptDeviceCodev2LoginAccountParamsType
}
/**
 * [UNSTABLE] FOR OPENAI INTERNAL USE ONLY - DO NOT USE. The access token must contain the same scopes that Codex-managed ChatGPT auth tokens have.
 */
export interface ChatgptAuthTokensv2LoginAccountParams {
/**
 * Access token (JWT) supplied by the client. This token is used for backend API requests and email extraction.
 */
accessToken: string
/**
 * Workspace/account identifier supplied by the client.
 */
chatgptAccountId: string
/**
 * Optional plan type supplied by the client.
 * 
 * When `null`, Codex attempts to derive the plan type from access-token claims. If unavailable, the plan defaults to `unknown`.
 */
chatgptPlanType?: (string | null)
type: ChatgptAuthTokensv2LoginAccountParamsType
}
/**
 * [UNSTABLE] Managed Amazon Bedrock login is experimental.
 */
export interface AmazonBedrockv2LoginAccountParams {
apiKey: string
region: string
type: AmazonBedrockv2LoginAccountParamsType
}
/**
 * [UNSTABLE] Managed Amazon Bedrock AWS access key login is experimental.
 */
export interface AmazonBedrockAccessKeysv2LoginAccountParams {
accessKeyId: string
region: string
secretAccessKey: string
sessionToken?: (string | null)
type: AmazonBedrockAccessKeysv2LoginAccountParamsType
}
export interface AccountLoginCancelRequest {
id: RequestId
method: AccountLoginCancelRequestMethod
params: CancelLoginAccountParams
}
export interface AccountLogoutRequest {
id: RequestId
method: AccountLogoutRequestMethod
params?: null
}
export interface AccountSecuritySetupReadRequest {
id: RequestId
method: AccountSecuritySetupReadRequestMethod
params?: null
}
export interface AccountRateLimitsReadRequest {
id: RequestId
method: AccountRateLimitsReadRequestMethod
params?: (GetAccountRateLimitsParams | null)
}
/**
 * Usage-read capabilities of the requesting client, never inferred from its experiment arm.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GetAccountRateLimitsParams".
 */
export interface GetAccountRateLimitsParams {
/**
 * Skip the separate reset-credit detail lookup for background usage polls. The usage response still includes the available count; omitted/false preserves detailed reads.
 */
excludeResetCreditDetails?: boolean
/**
 * The client supports automatic Luna Reserve fallback. For eligible ChatGPT CLI users, allow the backend to record experiment exposure after ordinary usage is blocked.
 */
supportsLunaReserve?: boolean
}
export interface AccountRateLimitResetCreditConsumeRequest {
id: RequestId
method: AccountRateLimitResetCreditConsumeRequestMethod
params: ConsumeAccountRateLimitResetCreditParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConsumeAccountRateLimitResetCreditParams".
 */
export interface ConsumeAccountRateLimitResetCreditParams {
/**
 * Opaque reset-credit identifier to redeem. When omitted, the backend selects the next available credit.
 */
creditId?: (string | null)
/**
 * Identifies one logical reset attempt. A UUID is recommended; reuse the same value when retrying that attempt.
 */
idempotencyKey: string
}
export interface AccountUsageReadRequest {
id: RequestId
method: AccountUsageReadRequestMethod
params?: (GetAccountTokenUsageParams | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GetAccountTokenUsageParams".
 */
export interface GetAccountTokenUsageParams {
/**
 * When present, read estimated usage for this thread instead of account-wide token activity.
 */
threadId?: (string | null)
}
export interface AccountWorkspaceMessagesReadRequest {
id: RequestId
method: AccountWorkspaceMessagesReadRequestMethod
params?: null
}
export interface AccountSendAddCreditsNudgeEmailRequest {
id: RequestId
method: AccountSendAddCreditsNudgeEmailRequestMethod
params: SendAddCreditsNudgeEmailParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SendAddCreditsNudgeEmailParams".
 */
export interface SendAddCreditsNudgeEmailParams {
creditType: AddCreditsNudgeCreditType
}
export interface FeedbackUploadRequest {
id: RequestId
method: FeedbackUploadRequestMethod
params: FeedbackUploadParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FeedbackUploadParams".
 */
export interface FeedbackUploadParams {
classification: string
extraLogFiles?: (string[] | null)
includeLogs?: boolean
reason?: (string | null)
tags?: ({
[k: string]: string | undefined
} | null)
threadId?: (string | null)
}
export interface FeedbackSaveRequest {
id: RequestId
method: FeedbackSaveRequestMethod
params: FeedbackSaveParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FeedbackSaveParams".
 */
export interface FeedbackSaveParams {
classification: string
extraLogFiles?: (string[] | null)
includeLogs?: boolean
reason?: (string | null)
/**
 * Absolute, previously unused ZIP path on the app-server host. The caller owns this file, including after a disconnected RPC.
 */
savePath: LegacyAppPathString
tags?: ({
[k: string]: string | undefined
} | null)
threadId?: (string | null)
}
/**
 * Execute a standalone command (argv vector) under the server's sandbox.
 */
export interface CommandExecRequest {
id: RequestId
method: CommandExecRequestMethod
params: CommandExecParams
}
/**
 * Run a standalone command (argv vector) in the server sandbox without creating a thread or turn.
 * 
 * The final `command/exec` response is deferred until the process exits and is sent only after all `command/exec/outputDelta` notifications for that connection have been emitted.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecParams".
 */
export interface CommandExecParams {
/**
 * Command argv vector. Empty arrays are rejected.
 */
command: string[]
/**
 * Optional working directory. Defaults to the server cwd.
 */
cwd?: (string | null)
/**
 * Disable stdout/stderr capture truncation for this request.
 * 
 * Cannot be combined with `outputBytesCap`.
 */
disableOutputCap?: boolean
/**
 * Disable the timeout entirely for this request.
 * 
 * Cannot be combined with `timeoutMs`.
 */
disableTimeout?: boolean
/**
 * Optional environment overrides merged into the server-computed environment.
 * 
 * Matching names override inherited values. Set a key to `null` to unset an inherited variable.
 */
env?: ({
[k: string]: string | null | undefined
} | null)
/**
 * Optional per-stream stdout/stderr capture cap in bytes.
 * 
 * When omitted, the server default applies. Cannot be combined with `disableOutputCap`.
 */
outputBytesCap?: (number | null)
/**
 * Optional client-supplied, connection-scoped process id.
 * 
 * Required for `tty`, `streamStdin`, `streamStdoutStderr`, and follow-up `command/exec/write`, `command/exec/resize`, and `command/exec/terminate` calls. When omitted, buffered execution gets an internal id that is not exposed to the client.
 */
processId?: (string | null)
/**
 * Optional sandbox policy for this command.
 * 
 * Uses the same shape as thread/turn execution sandbox configuration and defaults to the user's configured policy when omitted. Cannot be combined with `permissionProfile`.
 */
sandboxPolicy?: (SandboxPolicy | null)
/**
 * Optional initial PTY size in character cells. Only valid when `tty` is true.
 */
size?: (CommandExecTerminalSize | null)
/**
 * Allow follow-up `command/exec/write` requests to write stdin bytes.
 * 
 * Requires a client-supplied `processId`.
 */
streamStdin?: boolean
/**
 * Stream stdout/stderr via `command/exec/outputDelta` notifications.
 * 
 * Streamed bytes are not duplicated into the final response and require a client-supplied `processId`.
 */
streamStdoutStderr?: boolean
/**
 * Optional timeout in milliseconds.
 * 
 * When omitted, the server default applies. Cannot be combined with `disableTimeout`.
 */
timeoutMs?: (number | null)
/**
 * Enable PTY mode.
 * 
 * This implies `streamStdin` and `streamStdoutStderr`.
 */
tty?: boolean
}
/**
 * PTY size in character cells for `command/exec` PTY sessions.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecTerminalSize".
 */
export interface CommandExecTerminalSize {
/**
 * Terminal width in character cells.
 */
cols: number
/**
 * Terminal height in character cells.
 */
rows: number
}
/**
 * Write stdin bytes to a running `command/exec` session or close stdin.
 */
export interface CommandExecWriteRequest {
id: RequestId
method: CommandExecWriteRequestMethod
params: CommandExecWriteParams
}
/**
 * Write stdin bytes to a running `command/exec` session, close stdin, or both.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecWriteParams".
 */
export interface CommandExecWriteParams {
/**
 * Close stdin after writing `deltaBase64`, if present.
 */
closeStdin?: boolean
/**
 * Optional base64-encoded stdin bytes to write.
 */
deltaBase64?: (string | null)
/**
 * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
 */
processId: string
}
/**
 * Terminate a running `command/exec` session by client-supplied `processId`.
 */
export interface CommandExecTerminateRequest {
id: RequestId
method: CommandExecTerminateRequestMethod
params: CommandExecTerminateParams
}
/**
 * Terminate a running `command/exec` session.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecTerminateParams".
 */
export interface CommandExecTerminateParams {
/**
 * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
 */
processId: string
}
/**
 * Resize a running PTY-backed `command/exec` session by client-supplied `processId`.
 */
export interface CommandExecResizeRequest {
id: RequestId
method: CommandExecResizeRequestMethod
params: CommandExecResizeParams
}
/**
 * Resize a running PTY-backed `command/exec` session.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecResizeParams".
 */
export interface CommandExecResizeParams {
/**
 * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
 */
processId: string
/**
 * New PTY size in character cells.
 */
size: CommandExecTerminalSize
}
export interface ConfigReadRequest {
id: RequestId
method: ConfigReadRequestMethod
params: ConfigReadParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigReadParams".
 */
export interface ConfigReadParams {
/**
 * Optional working directory to resolve project config layers. If specified, return the effective config as seen from that directory (i.e., including any project layers between `cwd` and the project/repo root).
 */
cwd?: (string | null)
includeLayers?: boolean
}
export interface ExternalAgentConfigDetectRequest {
id: RequestId
method: ExternalAgentConfigDetectRequestMethod
params: ExternalAgentConfigDetectParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigDetectParams".
 */
export interface ExternalAgentConfigDetectParams {
/**
 * Zero or more working directories to include for repo-scoped detection.
 */
cwds?: (string[] | null)
/**
 * If true, include detection under the user's home directory.
 */
includeHome?: boolean
/**
 * Maximum age in days for detected sessions. Missing values use the default limit.
 */
maxSessionAgeDays?: (number | null)
/**
 * Maximum number of sessions to detect. Missing values use the default limit.
 */
maxSessions?: (number | null)
/**
 * Optional migration-source selector. Missing or unrecognized values use the default source.
 */
migrationSource?: (string | null)
/**
 * Deprecated field retained for compatibility. This field is ignored; use `migrationSource` to select the migration source.
 */
source?: (string | null)
}
export interface ExternalAgentConfigImportRequest {
id: RequestId
method: ExternalAgentConfigImportRequestMethod
params: ExternalAgentConfigImportParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportParams".
 */
export interface ExternalAgentConfigImportParams {
migrationItems: ExternalAgentConfigMigrationItem[]
/**
 * Migration-source selector used to produce the migration items. Pass the same value to detection and import; missing or unrecognized values use the default source.
 */
migrationSource?: (string | null)
/**
 * Opaque provider identifier supplied by the caller for analytics attribution and import history display. This does not select the migration source.
 */
providerId?: (string | null)
/**
 * Optional identifier for the product that initiated the import.
 */
source?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigMigrationItem".
 */
export interface ExternalAgentConfigMigrationItem {
/**
 * Null or empty means home-scoped migration; non-empty means repo-scoped migration.
 */
cwd?: (string | null)
description: string
details?: (MigrationDetails | null)
itemType: ExternalAgentConfigMigrationItemType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MigrationDetails".
 */
export interface MigrationDetails {
commands?: CommandMigration[]
hooks?: HookMigration[]
mcpServers?: McpServerMigration[]
memory?: string[]
plugins?: PluginsMigration[]
sessions?: SessionMigration[]
skills?: SkillMigration[]
subagents?: SubagentMigration[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandMigration".
 */
export interface CommandMigration {
name: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookMigration".
 */
export interface HookMigration {
name: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerMigration".
 */
export interface McpServerMigration {
name: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginsMigration".
 */
export interface PluginsMigration {
marketplaceName: string
pluginNames: string[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SessionMigration".
 */
export interface SessionMigration {
cwd: string
path: string
title?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillMigration".
 */
export interface SkillMigration {
name: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SubagentMigration".
 */
export interface SubagentMigration {
name: string
}
export interface ExternalAgentConfigImportRecordHistoryRequest {
id: RequestId
method: ExternalAgentConfigImportRecordHistoryRequestMethod
params: ExternalAgentConfigImportHistoryRecordParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportHistoryRecordParams".
 */
export interface ExternalAgentConfigImportHistoryRecordParams {
/**
 * Completed results grouped by imported item type.
 */
itemTypeResults: ExternalAgentConfigImportHistoryRecordTypeResultParams[]
/**
 * Opaque provider identifier for the externally completed import.
 */
providerId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportHistoryRecordTypeResultParams".
 */
export interface ExternalAgentConfigImportHistoryRecordTypeResultParams {
failures: ExternalAgentConfigImportItemTypeFailure[]
itemType: ExternalAgentConfigMigrationItemType
successes: ExternalAgentConfigImportHistoryRecordSuccessParams[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportItemTypeFailure".
 */
export interface ExternalAgentConfigImportItemTypeFailure {
cwd?: (string | null)
errorType?: (string | null)
failureStage: string
itemType: ExternalAgentConfigMigrationItemType
message: string
source?: (string | null)
subErrorType?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportHistoryRecordSuccessParams".
 */
export interface ExternalAgentConfigImportHistoryRecordSuccessParams {
cwd?: (string | null)
itemType: ExternalAgentConfigMigrationItemType
source?: (string | null)
target?: (string | null)
/**
 * Original title for an imported session, when available.
 */
title?: (string | null)
}
export interface ExternalAgentConfigImportReadHistoriesRequest {
id: RequestId
method: ExternalAgentConfigImportReadHistoriesRequestMethod
params?: null
}
export interface ConfigValueWriteRequest {
id: RequestId
method: ConfigValueWriteRequestMethod
params: ConfigValueWriteParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigValueWriteParams".
 */
export interface ConfigValueWriteParams {
expectedVersion?: (string | null)
/**
 * Path to the config file to write; defaults to the user's `config.toml` when omitted.
 */
filePath?: (string | null)
keyPath: string
mergeStrategy: MergeStrategy
value: unknown
}
export interface ConfigBatchWriteRequest {
id: RequestId
method: ConfigBatchWriteRequestMethod
params: ConfigBatchWriteParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigBatchWriteParams".
 */
export interface ConfigBatchWriteParams {
edits: ConfigEdit[]
expectedVersion?: (string | null)
/**
 * Path to the config file to write; defaults to the user's `config.toml` when omitted.
 */
filePath?: (string | null)
/**
 * When true, hot-reload updated runtime settings into loaded threads after writing. Session-static model, reasoning-effort, Plan-mode reasoning-effort, and service-tier defaults are not reloaded. The deprecated personality setting is also not reloaded.
 */
reloadUserConfig?: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigEdit".
 */
export interface ConfigEdit {
keyPath: string
mergeStrategy: MergeStrategy
value: unknown
}
export interface ConfigRequirementsReadRequest {
id: RequestId
method: ConfigRequirementsReadRequestMethod
params?: null
}
export interface AccountReadRequest {
id: RequestId
method: AccountReadRequestMethod
params: GetAccountParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GetAccountParams".
 */
export interface GetAccountParams {
/**
 * When `true`, requests a proactive token refresh before returning.
 * 
 * In managed auth mode this triggers the normal refresh-token flow. In external auth mode this flag is ignored. Clients should refresh tokens themselves and call `account/login/start` with `chatgptAuthTokens`.
 */
refreshToken?: boolean
}
export interface FuzzyFileSearchRequest {
id: RequestId
method: FuzzyFileSearchRequestMethod
params: FuzzyFileSearchParams
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FuzzyFileSearchParams".
 */
export interface FuzzyFileSearchParams {
cancellationToken?: (string | null)
query: string
roots: string[]
}
export interface HttpConnectionFailedCodexErrorInfo {
httpConnectionFailed: {
httpStatusCode?: (number | null)
}
}
/**
 * Failed to connect to the response SSE stream.
 */
export interface ResponseStreamConnectionFailedCodexErrorInfo {
responseStreamConnectionFailed: {
httpStatusCode?: (number | null)
}
}
/**
 * The response SSE stream disconnected in the middle of a turn before completion.
 */
export interface ResponseStreamDisconnectedCodexErrorInfo {
responseStreamDisconnected: {
httpStatusCode?: (number | null)
}
}
/**
 * Reached the retry limit for responses.
 */
export interface ResponseTooManyFailedAttemptsCodexErrorInfo {
responseTooManyFailedAttempts: {
httpStatusCode?: (number | null)
}
}
/**
 * Returned when `turn/start` or `turn/steer` is submitted while the current active turn cannot accept same-turn steering, for example `/review` or manual `/compact`.
 */
export interface ActiveTurnNotSteerableCodexErrorInfo {
activeTurnNotSteerable: {
turnKind: NonSteerableTurnKind
}
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CollabAgentState".
 */
export interface CollabAgentState {
message?: (string | null)
status: CollabAgentStatus
}
/**
 * Collaboration mode for a Codex session.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CollaborationMode".
 */
export interface CollaborationMode {
mode: ModeKind
settings: Settings
}
/**
 * Settings for a collaboration mode.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "Settings".
 */
export interface Settings {
developer_instructions?: (string | null)
model: string
reasoning_effort?: (ReasoningEffort | null)
}
/**
 * EXPERIMENTAL - collaboration mode preset metadata for clients.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CollaborationModeMask".
 */
export interface CollaborationModeMask {
mode?: (ModeKind | null)
model?: (string | null)
name: string
reasoning_effort?: ((ReasoningEffort | null) | null)
}
export interface ReadCommandAction {
command: string
name: string
path: LegacyAppPathString
type: ReadCommandActionType
}
export interface ListFilesCommandAction {
command: string
path?: (string | null)
type: ListFilesCommandActionType
}
export interface SearchCommandAction {
command: string
path?: (string | null)
query?: (string | null)
type: SearchCommandActionType
}
export interface UnknownCommandAction {
command: string
type: UnknownCommandActionType
}
/**
 * Base64-encoded output chunk emitted for a streaming `command/exec` request.
 * 
 * These notifications are connection-scoped. If the originating connection closes, the server terminates the process.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecOutputDeltaNotification".
 */
export interface CommandExecOutputDeltaNotification {
/**
 * `true` on the final streamed chunk for a stream when `outputBytesCap` truncated later output on that stream.
 */
capReached: boolean
/**
 * Base64-encoded output bytes.
 */
deltaBase64: string
/**
 * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
 */
processId: string
/**
 * Output stream for this chunk.
 */
stream: CommandExecOutputStream
}
/**
 * Empty success response for `command/exec/resize`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecResizeResponse".
 */
export interface CommandExecResizeResponse {

}
/**
 * Final buffered result for `command/exec`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecResponse".
 */
export interface CommandExecResponse {
/**
 * Process exit code.
 */
exitCode: number
/**
 * Buffered stderr capture.
 * 
 * Empty when stderr was streamed via `command/exec/outputDelta`.
 */
stderr: string
/**
 * Buffered stdout capture.
 * 
 * Empty when stdout was streamed via `command/exec/outputDelta`.
 */
stdout: string
}
/**
 * Empty success response for `command/exec/terminate`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecTerminateResponse".
 */
export interface CommandExecTerminateResponse {

}
/**
 * Empty success response for `command/exec/write`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecWriteResponse".
 */
export interface CommandExecWriteResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecutionOutputDeltaNotification".
 */
export interface CommandExecutionOutputDeltaNotification {
delta: string
itemId: string
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ComputerUseConfig".
 */
export interface ComputerUseConfig {
default_app_access?: (AllowDenyRequirement | null)
macos?: (ComputerUseMacosConfig | null)
windows?: (ComputerUseWindowsConfig | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ComputerUseMacosConfig".
 */
export interface ComputerUseMacosConfig {
bundle_ids?: ({
[k: string]: AllowDenyRequirement | undefined
} | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ComputerUseWindowsConfig".
 */
export interface ComputerUseWindowsConfig {
aumids?: ({
[k: string]: AllowDenyRequirement | undefined
} | null)
exes?: (ComputerUseWindowsExeConfig[] | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ComputerUseWindowsExeConfig".
 */
export interface ComputerUseWindowsExeConfig {
access: AllowDenyRequirement
binary_name?: (string | null)
product_name: string
publisher_name: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ComputerUseMacosRequirements".
 */
export interface ComputerUseMacosRequirements {
bundleIds?: ({
[k: string]: AllowDenyRequirement | undefined
} | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ComputerUseRequirements".
 */
export interface ComputerUseRequirements {
allowLockedComputerUse?: (boolean | null)
allowPersistentApproval?: (boolean | null)
defaultAppAccess?: (AllowDenyRequirement | null)
macos?: (ComputerUseMacosRequirements | null)
windows?: (ComputerUseWindowsRequirements | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ComputerUseWindowsRequirements".
 */
export interface ComputerUseWindowsRequirements {
aumids?: ({
[k: string]: AllowDenyRequirement | undefined
} | null)
exes?: (ComputerUseWindowsExeRequirement[] | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ComputerUseWindowsExeRequirement".
 */
export interface ComputerUseWindowsExeRequirement {
access: AllowDenyRequirement
binaryName?: (string | null)
productName: string
publisherName: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "Config".
 */
export interface Config {
analytics?: (AnalyticsConfig | null)
approval_policy?: (AskForApproval | null)
/**
 * [UNSTABLE] Optional default for where approval requests are routed for review.
 */
approvals_reviewer?: (ApprovalsReviewer | null)
browser_use?: (BrowserUseConfig | null)
/**
 * Effective tools.client_search_provider hint. Model-selected providers take precedence.
 */
client_search_provider?: (WebSearchProvider | null)
compact_prompt?: (string | null)
computer_use?: (ComputerUseConfig | null)
desktop?: ({
[k: string]: unknown | undefined
} | null)
developer_instructions?: (string | null)
forced_chatgpt_workspace_id?: (ForcedChatgptWorkspaceIds | null)
forced_login_method?: (ForcedLoginMethod | null)
instructions?: (string | null)
model?: (string | null)
model_auto_compact_token_limit?: (number | null)
model_auto_compact_token_limit_scope?: (AutoCompactTokenLimitScope | null)
model_context_window?: (number | null)
model_provider?: (string | null)
model_reasoning_effort?: (ReasoningEffort | null)
model_reasoning_summary?: (ReasoningSummary | null)
model_verbosity?: (Verbosity | null)
review_model?: (string | null)
sandbox_mode?: (SandboxMode | null)
sandbox_workspace_write?: (SandboxWorkspaceWrite | null)
service_tier?: (string | null)
tools?: (ToolsV2 | null)
web_search?: (WebSearchMode | null)
[k: string]: unknown | undefined
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SandboxWorkspaceWrite".
 */
export interface SandboxWorkspaceWrite {
exclude_slash_tmp?: boolean
exclude_tmpdir_env_var?: boolean
network_access?: boolean
writable_roots?: string[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ToolsV2".
 */
export interface ToolsV2 {
web_search?: (WebSearchToolConfig | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WebSearchToolConfig".
 */
export interface WebSearchToolConfig {
allowed_domains?: (string[] | null)
context_size?: (WebSearchContextSize | null)
location?: (WebSearchLocation | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WebSearchLocation".
 */
export interface WebSearchLocation {
city?: (string | null)
country?: (string | null)
region?: (string | null)
timezone?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigLayer".
 */
export interface ConfigLayer {
config: unknown
disabledReason?: (string | null)
name: ConfigLayerSource
version: string
}
/**
 * Default configuration supplied with the installed Codex package.
 */
export interface PackagedDefaultsConfigLayerSource {
/**
 * Path to the packaged default configuration file.
 */
file: AbsolutePathBuf
type: PackagedDefaultsConfigLayerSourceType
}
/**
 * Managed preferences layer delivered by MDM (macOS only).
 */
export interface MdmConfigLayerSource {
domain: string
key: string
type: MdmConfigLayerSourceType
}
/**
 * Managed config layer from a file (usually `managed_config.toml`).
 */
export interface SystemConfigLayerSource {
/**
 * This is the path to the system config.toml file, though it is not guaranteed to exist.
 */
file: AbsolutePathBuf
type: SystemConfigLayerSourceType
}
/**
 * Enterprise-managed config layer delivered by the cloud config bundle.
 */
export interface EnterpriseManagedConfigLayerSource {
/**
 * Stable identifier for the delivered layer.
 */
id: string
/**
 * Admin-facing name for the delivered layer. This is surfaced in diagnostics so users know which cloud layer needs administrator attention.
 */
name: string
type: EnterpriseManagedConfigLayerSourceType
}
/**
 * User config layer from $CODEX_HOME/config.toml. This layer is special in that it is expected to be: - writable by the user - generally outside the workspace directory
 */
export interface UserConfigLayerSource {
/**
 * This is the path to the user's config.toml file, though it is not guaranteed to exist.
 */
file: AbsolutePathBuf
/**
 * Name of the selected profile-v2 config layered on top of the base user config, when this layer represents one.
 */
profile?: (string | null)
type: UserConfigLayerSourceType
}
/**
 * Path to a .codex/ folder within a project. There could be multiple of these between `cwd` and the project/repo root.
 */
export interface ProjectConfigLayerSource {
dotCodexFolder: AbsolutePathBuf
type: ProjectConfigLayerSourceType
}
/**
 * Session-layer overrides supplied via `-c`/`--config`.
 */
export interface SessionFlagsConfigLayerSource {
type: SessionFlagsConfigLayerSourceType
}
/**
 * `managed_config.toml` was designed to be a config that was loaded as the last layer on top of everything else. This scheme did not quite work out as intended, but we keep this variant as a "best effort" while we phase out `managed_config.toml` in favor of `requirements.toml`.
 */
export interface LegacyManagedConfigTomlFromFileConfigLayerSource {
file: AbsolutePathBuf
type: LegacyManagedConfigTomlFromFileConfigLayerSourceType
}
export interface LegacyManagedConfigTomlFromMdmConfigLayerSource {
type: LegacyManagedConfigTomlFromMdmConfigLayerSourceType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigLayerMetadata".
 */
export interface ConfigLayerMetadata {
name: ConfigLayerSource
version: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigReadResponse".
 */
export interface ConfigReadResponse {
config: Config
layers?: (ConfigLayer[] | null)
origins: {
[k: string]: ConfigLayerMetadata | undefined
}
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigRequirements".
 */
export interface ConfigRequirements {
additionalDeveloperInstructions?: (string | null)
allowAppshots?: (boolean | null)
allowBrowserAndComputerUse?: (boolean | null)
allowLoginShell?: (boolean | null)
allowManagedHooksOnly?: (boolean | null)
allowRemoteControl?: (boolean | null)
allowedApprovalPolicies?: (AskForApproval[] | null)
/**
 * Effective login methods after managed, forced-login, and workspace restrictions. An empty list permits no login method. Older servers may omit this field.
 */
allowedLoginMethods?: (ForcedLoginMethod[] | null)
allowedPermissionProfiles?: ({
[k: string]: boolean | undefined
} | null)
allowedSandboxModes?: (SandboxMode[] | null)
allowedWebSearchModes?: (WebSearchMode[] | null)
allowedWindowsSandboxImplementations?: (WindowsSandboxImplementation[] | null)
autoReview?: (AutoReviewRequirements | null)
browserUse?: (BrowserUseRequirements | null)
chatgptBaseUrl?: (string | null)
checkForUpdateOnStartup?: (boolean | null)
cliAuthCredentialsStore?: (CliAuthCredentialsStoreMode | null)
computerUse?: (ComputerUseRequirements | null)
defaultPermissions?: (string | null)
enforceResidency?: (ResidencyRequirement | null)
featureRequirements?: ({
[k: string]: boolean | undefined
} | null)
feedback?: (FeedbackRequirements | null)
inAppBrowser?: (InAppBrowserRequirements | null)
logDir?: (string | null)
modelCatalogJson?: (string | null)
/**
 * Exact provider selection required by managed policy.
 */
modelProvider?: (string | null)
/**
 * Complete required provider definitions, using config.toml field names.
 */
modelProviders?: ({
[k: string]: unknown | undefined
} | null)
models?: (ModelsRequirements | null)
otel?: (OtelRequirements | null)
sqliteHome?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FeedbackRequirements".
 */
export interface FeedbackRequirements {
enabled?: (boolean | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "InAppBrowserRequirements".
 */
export interface InAppBrowserRequirements {
allowExternalBrowserSettingsImport?: (boolean | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelsRequirements".
 */
export interface ModelsRequirements {
newThread?: (NewThreadModelDefaults | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NewThreadModelDefaults".
 */
export interface NewThreadModelDefaults {
model?: (string | null)
modelReasoningEffort?: (ReasoningEffort | null)
serviceTier?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "OtelRequirements".
 */
export interface OtelRequirements {
environment?: (string | null)
exporter?: (OtelExporter | null)
headers_helper?: (string | null)
headers_helper_refresh_interval_ms?: (number | null)
log_agent_responses?: (boolean | null)
log_guardian_assessments?: (boolean | null)
log_sse_deltas?: (boolean | null)
log_user_prompt?: (boolean | null)
metrics_exporter?: (OtelExporter | null)
span_attributes?: ({
[k: string]: string | undefined
} | null)
tool_result?: (OtelToolResultLogConfig | null)
trace_exporter?: (OtelExporter | null)
tracestate?: ({
[k: string]: {
[k: string]: string | undefined
} | undefined
} | null)
}
export interface OtlpHttpOtelExporter {
"otlp-http": {
endpoint: string
/**
 * Header names are retained; values are redacted by the server.
 */
headers: {
[k: string]: string | undefined
}
protocol: OtelHttpProtocol
tls?: (OtelTlsConfig | null)
}
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "OtelTlsConfig".
 */
export interface OtelTlsConfig {
"ca-certificate"?: (string | null)
"client-certificate"?: (string | null)
"client-private-key"?: (string | null)
}
export interface OtlpGrpcOtelExporter {
"otlp-grpc": {
endpoint: string
/**
 * Header names are retained; values are redacted by the server.
 */
headers: {
[k: string]: string | undefined
}
tls?: (OtelTlsConfig | null)
}
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "OtelToolResultLogConfig".
 */
export interface OtelToolResultLogConfig {
max_bytes: number
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigRequirementsReadResponse".
 */
export interface ConfigRequirementsReadResponse {
/**
 * Null if no requirements are configured (e.g. no requirements.toml/MDM entries).
 */
requirements?: (ConfigRequirements | null)
/**
 * Whether Fast and Ultra Fast requirements are enforced independently. Older servers omit this field and use Fast mode as a shared speed gate.
 */
supportsIndependentSpeedModes?: (boolean | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigWarningNotification".
 */
export interface ConfigWarningNotification {
/**
 * Optional extra guidance or error details.
 */
details?: (string | null)
/**
 * Optional path to the config file that triggered the warning.
 */
path?: (string | null)
/**
 * Optional range for the error location inside the config file.
 */
range?: (TextRange | null)
/**
 * Concise summary of the warning.
 */
summary: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TextRange".
 */
export interface TextRange {
end: TextPosition
start: TextPosition
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TextPosition".
 */
export interface TextPosition {
/**
 * 1-based column number (in Unicode scalar values).
 */
column: number
/**
 * 1-based line number.
 */
line: number
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigWriteResponse".
 */
export interface ConfigWriteResponse {
/**
 * Canonical path to the config file that was written.
 */
filePath: AbsolutePathBuf
overriddenMetadata?: (OverriddenMetadata | null)
status: WriteStatus
version: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "OverriddenMetadata".
 */
export interface OverriddenMetadata {
effectiveValue: unknown
message: string
overridingLayer: ConfigLayerMetadata
}
/**
 * Reasoning settings interpreted by the backend for the routed model.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfigurationReasoning".
 */
export interface ConfigurationReasoning {
effort: ReasoningEffort
}
export interface CommandConfiguredHookHandler {
/**
 * Approximate token threshold for spilling this hook's `additionalContext` to disk. `null` uses 2,500 tokens; `0` disables spilling for this hook. The threshold is evaluated against the original context; a spilled preview also includes recovery metadata.
 */
additionalContextLimit?: (number | null)
async: boolean
command: string
commandWindows?: (string | null)
statusMessage?: (string | null)
timeoutSec?: (number | null)
type: CommandConfiguredHookHandlerType
}
export interface McpToolConfiguredHookHandler {
input: {
[k: string]: unknown | undefined
}
server: string
statusMessage?: (string | null)
timeoutSec?: (number | null)
tool: string
type: McpToolConfiguredHookHandlerType
}
export interface PromptConfiguredHookHandler {
type: PromptConfiguredHookHandlerType
}
export interface AgentConfiguredHookHandler {
type: AgentConfiguredHookHandlerType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConfiguredHookMatcherGroup".
 */
export interface ConfiguredHookMatcherGroup {
hooks: ConfiguredHookHandler[]
matcher?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ConsumeAccountRateLimitResetCreditResponse".
 */
export interface ConsumeAccountRateLimitResetCreditResponse {
outcome: ConsumeAccountRateLimitResetCreditOutcome
}
export interface InputTextContentItem {
text: string
type: InputTextContentItemType
}
export interface ImageUrlContentItem {
image_url: string
}
export interface FileIdContentItem {
file_id: string
}
export interface AudioUrlContentItem {
audio_url: string
}
export interface FileIdContentItem1 {
file_id: string
}
export interface OutputTextContentItem {
annotations?: (unknown[] | null)
logprobs?: (unknown[] | null)
text: string
type: OutputTextContentItemType
}
/**
 * Deprecated: Use `ContextCompaction` item type instead.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ContextCompactedNotification".
 */
export interface ContextCompactedNotification {
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "DeprecationNoticeNotification".
 */
export interface DeprecationNoticeNotification {
/**
 * Optional extra guidance, such as migration steps or rationale.
 */
details?: (string | null)
/**
 * Concise summary of what is deprecated.
 */
summary: string
}
export interface InputTextDynamicToolCallOutputContentItem {
text: string
type: InputTextDynamicToolCallOutputContentItemType
}
export interface InputImageDynamicToolCallOutputContentItem {
imageUrl: string
type: InputImageDynamicToolCallOutputContentItemType
}
export interface InputAudioDynamicToolCallOutputContentItem {
audioUrl: string
type: InputAudioDynamicToolCallOutputContentItemType
}
export interface FunctionDynamicToolNamespaceTool {
deferLoading?: boolean
description: string
inputSchema: unknown
name: string
type: FunctionDynamicToolNamespaceToolType
}
export interface FunctionDynamicToolSpec {
deferLoading?: boolean
description: string
inputSchema: unknown
name: string
type: FunctionDynamicToolSpecType
}
export interface NamespaceDynamicToolSpec {
description: string
name: string
tools: DynamicToolNamespaceTool[]
type: NamespaceDynamicToolSpecType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "EnvironmentConnectionNotification".
 */
export interface EnvironmentConnectionNotification {
environmentId: string
threadId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "EnvironmentSkillsParams".
 */
export interface EnvironmentSkillsParams {
/**
 * Exact catalog names that must be available from this environment.
 */
required?: (string[] | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ErrorNotification".
 */
export interface ErrorNotification {
error: TurnError
threadId: string
turnId: string
willRetry: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnError".
 */
export interface TurnError {
additionalDetails?: (string | null)
codexErrorInfo?: (CodexErrorInfo | null)
message: string
/**
 * Optional public explanation and continuation instruction for a misalignment block.
 */
misalignment?: (MisalignmentErrorDetails | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MisalignmentErrorDetails".
 */
export interface MisalignmentErrorDetails {
/**
 * A substantive localized explanation is required before offering continuation.
 */
detailedExplanation?: (string | null)
/**
 * Open-ended classification; clients must accept categories added by Responses.
 */
errorType?: (string | null)
/**
 * Opaque server-issued block target. Presence alone does not enable target-based continuation.
 */
reviewTarget?: (string | null)
/**
 * Instruction to submit as the next turn's user input if continuation is confirmed.
 */
steer?: (MisalignmentSteer | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MisalignmentSteer".
 */
export interface MisalignmentSteer {
message: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExperimentalFeature".
 */
export interface ExperimentalFeature {
/**
 * Announcement copy shown to users when the feature is introduced. Null when this feature is not in beta.
 */
announcement?: (string | null)
/**
 * Whether this feature is enabled by default.
 */
defaultEnabled: boolean
/**
 * Short summary describing what the feature does. Null when this feature is not in beta.
 */
description?: (string | null)
/**
 * User-facing display name shown in the experimental features UI. Null when this feature is not in beta.
 */
displayName?: (string | null)
/**
 * Whether this feature is currently enabled in the loaded config.
 */
enabled: boolean
/**
 * Stable key used in config.toml and CLI flag toggles.
 */
name: string
/**
 * Lifecycle stage of this feature flag.
 */
stage: ExperimentalFeatureStage
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExperimentalFeatureEnablementSetResponse".
 */
export interface ExperimentalFeatureEnablementSetResponse {
/**
 * Feature enablement entries updated by this request.
 */
enablement: {
[k: string]: boolean | undefined
}
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExperimentalFeatureListResponse".
 */
export interface ExperimentalFeatureListResponse {
data: ExperimentalFeature[]
/**
 * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
 */
nextCursor?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigDetectResponse".
 */
export interface ExternalAgentConfigDetectResponse {
connectors?: ExternalAgentDetectedConnectorCandidate[]
items: ExternalAgentConfigMigrationItem[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentDetectedConnectorCandidate".
 */
export interface ExternalAgentDetectedConnectorCandidate {
name: string
sessionCount: number
source: ExternalAgentDetectedConnectorSource
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportCompletedNotification".
 */
export interface ExternalAgentConfigImportCompletedNotification {
importId: string
itemTypeResults: ExternalAgentConfigImportTypeResult[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportTypeResult".
 */
export interface ExternalAgentConfigImportTypeResult {
failures: ExternalAgentConfigImportItemTypeFailure[]
itemType: ExternalAgentConfigMigrationItemType
successes: ExternalAgentConfigImportItemTypeSuccess[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportItemTypeSuccess".
 */
export interface ExternalAgentConfigImportItemTypeSuccess {
cwd?: (string | null)
itemType: ExternalAgentConfigMigrationItemType
source?: (string | null)
target?: (string | null)
/**
 * Original title for an imported session; null for other item types.
 */
title?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportHistoriesReadResponse".
 */
export interface ExternalAgentConfigImportHistoriesReadResponse {
connectors: ExternalAgentImportedConnectorCandidate[]
data: ExternalAgentConfigImportHistory[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentImportedConnectorCandidate".
 */
export interface ExternalAgentImportedConnectorCandidate {
name: string
sessionCount: number
source: ExternalAgentImportedConnectorSource
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportHistory".
 */
export interface ExternalAgentConfigImportHistory {
completedAtMs: number
failures: ExternalAgentConfigImportItemTypeFailure[]
importId: string
providerId?: (string | null)
successes: ExternalAgentConfigImportItemTypeSuccess[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportHistoryRecordResponse".
 */
export interface ExternalAgentConfigImportHistoryRecordResponse {
importId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportProgressNotification".
 */
export interface ExternalAgentConfigImportProgressNotification {
importId: string
itemTypeResults: ExternalAgentConfigImportTypeResult[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExternalAgentConfigImportResponse".
 */
export interface ExternalAgentConfigImportResponse {
importId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FeedbackSaveResponse".
 */
export interface FeedbackSaveResponse {
/**
 * Same prompt hash as feedback/upload; null when prompt metadata is absent.
 */
promptHash?: (string | null)
savedPath: LegacyAppPathString
threadId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FeedbackUploadResponse".
 */
export interface FeedbackUploadResponse {
/**
 * Whitespace-normalized SHA-256 of the session base instructions, matching the uploaded `prompt_hash` tag. Does not include later developer messages. Null when the reported rollout has no prompt metadata.
 */
promptHash?: (string | null)
threadId: string
}
/**
 * Deprecated legacy notification for `apply_patch` textual output.
 * 
 * The server no longer emits this notification.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FileChangeOutputDeltaNotification".
 */
export interface FileChangeOutputDeltaNotification {
delta: string
itemId: string
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FileChangePatchUpdatedNotification".
 */
export interface FileChangePatchUpdatedNotification {
changes: FileUpdateChange[]
itemId: string
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FileUpdateChange".
 */
export interface FileUpdateChange {
diff: string
kind: PatchChangeKind
path: string
}
export interface AddPatchChangeKind {
type: AddPatchChangeKindType
}
export interface DeletePatchChangeKind {
type: DeletePatchChangeKindType
}
export interface UpdatePatchChangeKind {
move_path?: (string | null)
type: UpdatePatchChangeKindType
}
/**
 * Filesystem watch notification emitted for `fs/watch` subscribers.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsChangedNotification".
 */
export interface FsChangedNotification {
/**
 * File or directory paths associated with this event.
 */
changedPaths: AbsolutePathBuf[]
/**
 * Watch identifier previously provided to `fs/watch`.
 */
watchId: string
}
/**
 * Successful response for `fs/copy`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsCopyResponse".
 */
export interface FsCopyResponse {

}
/**
 * Successful response for `fs/createDirectory`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsCreateDirectoryResponse".
 */
export interface FsCreateDirectoryResponse {

}
/**
 * Metadata returned by `fs/getMetadata`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsGetMetadataResponse".
 */
export interface FsGetMetadataResponse {
/**
 * File creation time in Unix milliseconds when available, otherwise `0`.
 */
createdAtMs: number
/**
 * Whether the path resolves to a directory.
 */
isDirectory: boolean
/**
 * Whether the path resolves to a regular file.
 */
isFile: boolean
/**
 * Whether the path itself is a symbolic link.
 */
isSymlink: boolean
/**
 * File modification time in Unix milliseconds when available, otherwise `0`.
 */
modifiedAtMs: number
}
/**
 * A directory entry returned by `fs/readDirectory`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsReadDirectoryEntry".
 */
export interface FsReadDirectoryEntry {
/**
 * Direct child entry name only, not an absolute or relative path.
 */
fileName: string
/**
 * Whether this entry resolves to a directory.
 */
isDirectory: boolean
/**
 * Whether this entry resolves to a regular file.
 */
isFile: boolean
}
/**
 * Directory entries returned by `fs/readDirectory`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsReadDirectoryResponse".
 */
export interface FsReadDirectoryResponse {
/**
 * Direct child entries in the requested directory.
 */
entries: FsReadDirectoryEntry[]
}
/**
 * Base64-encoded file contents returned by `fs/readFile`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsReadFileResponse".
 */
export interface FsReadFileResponse {
/**
 * File contents encoded as base64.
 */
dataBase64: string
}
/**
 * Successful response for `fs/remove`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsRemoveResponse".
 */
export interface FsRemoveResponse {

}
/**
 * Successful response for `fs/unwatch`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsUnwatchResponse".
 */
export interface FsUnwatchResponse {

}
/**
 * Successful response for `fs/watch`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsWatchResponse".
 */
export interface FsWatchResponse {
/**
 * Canonicalized path associated with the watch.
 */
path: AbsolutePathBuf
}
/**
 * Successful response for `fs/writeFile`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FsWriteFileResponse".
 */
export interface FsWriteFileResponse {

}
/**
 * Superset of [`codex_file_search::FileMatch`]
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FuzzyFileSearchResult".
 */
export interface FuzzyFileSearchResult {
file_name: string
indices?: (number[] | null)
match_type: FuzzyFileSearchMatchType
path: string
root: string
score: number
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FuzzyFileSearchSessionCompletedNotification".
 */
export interface FuzzyFileSearchSessionCompletedNotification {
sessionId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FuzzyFileSearchSessionUpdatedNotification".
 */
export interface FuzzyFileSearchSessionUpdatedNotification {
files: FuzzyFileSearchResult[]
query: string
sessionId: string
}
export interface NoneGatewayAuth {
mode: NoneGatewayAuthMode
}
/**
 * Authentication is configured outside the gateway form. Preserve it on edits.
 */
export interface ModeGatewayAuth {
envKey?: (string | null)
mode: ModeGatewayAuthMode
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GatewayOAuthCancelResponse".
 */
export interface GatewayOAuthCancelResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GatewayOAuthChangedNotification".
 */
export interface GatewayOAuthChangedNotification {
/**
 * Authorization handoff, sent only to the connection that started login.
 */
authUrl?: (string | null)
error?: (string | null)
/**
 * Identifies the completed device login attempt.
 */
loginId?: (string | null)
providerId: string
status: GatewayOAuthStatus
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GatewayOAuthLoginResponse".
 */
export interface GatewayOAuthLoginResponse {
prompt?: (GatewayOAuthPrompt | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GatewayOAuthPrompt".
 */
export interface GatewayOAuthPrompt {
loginId: string
userCode: string
verificationUrl: string
}
/**
 * Current effective gateway policy and credential readiness; never contains credentials.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GatewayOAuthReadResponse".
 */
export interface GatewayOAuthReadResponse {
error?: (string | null)
providerId: string
providerName: string
/**
 * Whether the selected provider uses gateway OAuth, even when already signed in.
 */
required: boolean
/**
 * Null when the effective provider does not use gateway OAuth.
 */
status?: (GatewayOAuthStatus | null)
/**
 * Whether the administrator configured a device authorization endpoint.
 */
supportsDeviceAuth?: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GetAccountRateLimitsResponse".
 */
export interface GetAccountRateLimitsResponse {
/**
 * Account associated with this usage snapshot, when supplied by the backend.
 */
accountId?: (string | null)
/**
 * Backend permission for ordinary included usage, validated against the active account. Null means unavailable; clients must not infer recovery from percentages or reset times.
 */
ordinaryUsageAllowed?: (boolean | null)
rateLimitResetCredits?: (RateLimitResetCreditsSummary | null)
/**
 * Optional backend-owned banner from the same usage read. Its nested keys retain the backend's snake_case contract; an absent banner leaves the client's existing UI unchanged.
 */
rateLimitUpsell?: {
[k: string]: unknown | undefined
}
/**
 * Backward-compatible single-bucket view; mirrors the historical payload.
 */
rateLimits: RateLimitSnapshot
/**
 * Multi-bucket view keyed by metered `limit_id` (for example, `codex`).
 */
rateLimitsByLimitId?: ({
[k: string]: RateLimitSnapshot | undefined
} | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RateLimitResetCreditsSummary".
 */
export interface RateLimitResetCreditsSummary {
availableCount: number
/**
 * Detail rows for available reset credits, when the backend provides them.
 * 
 * `null` means only `availableCount` is known, while an empty array means details were fetched and no available credits were returned. The backend may cap this list, so its length can be less than `availableCount`.
 */
credits?: (RateLimitResetCredit[] | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RateLimitResetCredit".
 */
export interface RateLimitResetCredit {
/**
 * Backend-provided display description for this credit, or `null` when unavailable.
 */
description?: (string | null)
/**
 * Unix timestamp in seconds when the credit expires, or `null` if it does not expire.
 */
expiresAt?: (number | null)
/**
 * Unix timestamp in seconds when the credit was granted.
 */
grantedAt: number
/**
 * Opaque backend identifier for this reset credit.
 */
id: string
resetType: RateLimitResetType
status: RateLimitResetCreditStatus
/**
 * Backend-provided display title for this credit, or `null` when unavailable.
 */
title?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GetAccountResponse".
 */
export interface GetAccountResponse {
account?: (Account | null)
requiresOpenaiAuth: boolean
/**
 * ChatGPT user ID belonging to this account response, when available.
 */
userId?: (string | null)
}
/**
 * Optional security reminder bound to the account that fetched it. Unavailable or ineligible accounts return no notice; this read never changes account security.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GetAccountSecuritySetupResponse".
 */
export interface GetAccountSecuritySetupResponse {
notice?: (AccountSecuritySetupNotice | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GetAccountTokenUsageResponse".
 */
export interface GetAccountTokenUsageResponse {
dailyUsageBuckets?: (AccountTokenUsageDailyBucket[] | null)
summary: AccountTokenUsageSummary
/**
 * Estimated usage when a thread was requested and its billing route is available.
 */
threadUsage?: (ThreadUsage | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadUsage".
 */
export interface ThreadUsage {
estimatedUsageCreditsMicros: number
estimatedUsageUsdMicros?: (number | null)
groups: ThreadUsageBreakdownGroup[]
/**
 * Native dollar usage, independent of credit estimates. None means unknown, not zero.
 */
nativeUsageUsdMicros?: (number | null)
threadId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadUsageBreakdownGroup".
 */
export interface ThreadUsageBreakdownGroup {
cachedInputTokens?: (number | null)
estimatedUsageCreditsMicros: number
inputTokens?: (number | null)
model?: (string | null)
netNewInputTokens?: (number | null)
outputTokens?: (number | null)
reasoningEffort?: (string | null)
speed?: (string | null)
totalTokens?: (number | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GetWorkspaceMessagesResponse".
 */
export interface GetWorkspaceMessagesResponse {
/**
 * Whether the workspace-message backend route is available for this client.
 */
featureEnabled: boolean
/**
 * Active workspace messages returned by the backend.
 */
messages: WorkspaceMessage[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WorkspaceMessage".
 */
export interface WorkspaceMessage {
/**
 * Unix timestamp (in seconds) when the message was archived.
 */
archivedAt?: (number | null)
/**
 * Unix timestamp (in seconds) when the message was created.
 */
createdAt?: (number | null)
messageBody: string
messageId: string
messageType: WorkspaceMessageType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GitInfo".
 */
export interface GitInfo {
branch?: (string | null)
originUrl?: (string | null)
sha?: (string | null)
}
/**
 * [UNSTABLE] Temporary approval auto-review payload used by `item/autoApprovalReview/*` notifications. This shape is expected to change soon.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GuardianApprovalReview".
 */
export interface GuardianApprovalReview {
rationale?: (string | null)
riskLevel?: (GuardianRiskLevel | null)
status: GuardianApprovalReviewStatus
userAuthorization?: (GuardianUserAuthorization | null)
}
export interface CommandGuardianApprovalReviewAction {
command: string
cwd: LegacyAppPathString
source: GuardianCommandSource
type: CommandGuardianApprovalReviewActionType
}
export interface ExecveGuardianApprovalReviewAction {
argv: string[]
cwd: AbsolutePathBuf
program: string
source: GuardianCommandSource
type: ExecveGuardianApprovalReviewActionType
}
/**
 * A child approval for input to an existing command execution item.
 */
export interface WriteStdinGuardianApprovalReviewAction {
approvalId: string
cwd: LegacyAppPathString
processId: string
stdin: string
type: WriteStdinGuardianApprovalReviewActionType
}
export interface ApplyPatchGuardianApprovalReviewAction {
cwd: LegacyAppPathString
files: LegacyAppPathString[]
type: ApplyPatchGuardianApprovalReviewActionType
}
export interface NetworkAccessGuardianApprovalReviewAction {
host: string
port: number
protocol: NetworkApprovalProtocol
target: string
type: NetworkAccessGuardianApprovalReviewActionType
}
export interface McpToolCallGuardianApprovalReviewAction {
connectorId?: (string | null)
connectorName?: (string | null)
server: string
toolName: string
toolTitle?: (string | null)
type: McpToolCallGuardianApprovalReviewActionType
}
export interface RequestPermissionsGuardianApprovalReviewAction {
permissions: RequestPermissionProfile
reason?: (string | null)
type: RequestPermissionsGuardianApprovalReviewActionType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RequestPermissionProfile".
 */
export interface RequestPermissionProfile {
fileSystem?: (AdditionalFileSystemPermissions | null)
network?: (AdditionalNetworkPermissions | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GuardianWarningNotification".
 */
export interface GuardianWarningNotification {
/**
 * Concise guardian warning message for the user.
 */
message: string
/**
 * Thread target for the guardian warning.
 */
threadId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookCompletedNotification".
 */
export interface HookCompletedNotification {
run: HookRunSummary
threadId: string
turnId?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookRunSummary".
 */
export interface HookRunSummary {
completedAt?: (number | null)
displayOrder: number
durationMs?: (number | null)
entries: HookOutputEntry[]
eventName: HookEventName
executionMode: HookExecutionMode
handlerType: HookHandlerType
id: string
scope: HookScope
source?: (HookSource & string)
sourcePath: LegacyAppPathString
startedAt: number
status: HookRunStatus
statusMessage?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookOutputEntry".
 */
export interface HookOutputEntry {
kind: HookOutputEntryKind
text: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookErrorInfo".
 */
export interface HookErrorInfo {
message: string
path: string
}
export interface PromptHookMetadata {
handlerType: "prompt"
}
export interface AgentHookMetadata {
handlerType: "agent"
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookPromptFragment".
 */
export interface HookPromptFragment {
hookRunId: string
text: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HookStartedNotification".
 */
export interface HookStartedNotification {
run: HookRunSummary
threadId: string
turnId?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HooksListEntry".
 */
export interface HooksListEntry {
cwd: string
errors: HookErrorInfo[]
hooks: HookMetadata[]
warnings: string[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "HooksListResponse".
 */
export interface HooksListResponse {
data: HooksListEntry[]
}
export interface UsageLimitExceededImageGenerationFailure {
limitId: string
resetsAt?: (number | null)
type: UsageLimitExceededImageGenerationFailureType
}
/**
 * A local image file successfully read for this exact image-generation request.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ImageGenerationInputImage".
 */
export interface ImageGenerationInputImage {
path: AbsolutePathBuf
/**
 * Lowercase SHA-256 of the file bytes read before image normalization.
 */
sha256: string
}
/**
 * Internal Responses API passthrough metadata copied into underlying chat messages.
 * 
 * Responses API strongly types this payload. Do not modify it without first getting API approval and making the corresponding Responses API change.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "InternalChatMessageMetadataPassthrough".
 */
export interface InternalChatMessageMetadataPassthrough {
turn_id?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ItemCompletedNotification".
 */
export interface ItemCompletedNotification {
/**
 * Unix timestamp (in milliseconds) when this item lifecycle completed.
 */
completedAtMs: number
/**
 * Native content tokens for the completed assistant message, including a sampled footer. Null when unavailable. Completion telemetry is not part of the stored thread item.
 */
contentTokenCount?: (number | null)
item: ThreadItem
threadId: string
turnId: string
}
export interface UserMessageThreadItem {
clientId?: (string | null)
content: UserInput[]
id: string
type: UserMessageThreadItemType
}
export interface HookPromptThreadItem {
fragments: HookPromptFragment[]
id: string
type: HookPromptThreadItemType
}
export interface AgentMessageThreadItem {
delivery?: (AgentMessageDelivery | null)
id: string
memoryCitation?: (MemoryCitation | null)
moderation?: (AgentMessageModeration | null)
phase?: (MessagePhase | null)
questions?: (AsyncUserInputQuestion[] | null)
text: string
type: AgentMessageThreadItemType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MemoryCitation".
 */
export interface MemoryCitation {
entries: MemoryCitationEntry[]
threadIds: string[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MemoryCitationEntry".
 */
export interface MemoryCitationEntry {
lineEnd: number
lineStart: number
note: string
path: string
}
export interface FunctionCallOutputThreadItem {
id: string
name: string
namespace?: (string | null)
output: FunctionCallOutputBody
type: FunctionCallOutputThreadItemType
}
/**
 * EXPERIMENTAL - proposed plan item content. The completed plan item is authoritative and may not match the concatenation of `PlanDelta` text.
 */
export interface PlanThreadItem {
id: string
text: string
type: PlanThreadItemType
}
export interface ReasoningThreadItem {
content?: string[]
id: string
summary?: string[]
type: ReasoningThreadItemType
}
export interface CommandExecutionThreadItem {
/**
 * The command's output, aggregated from stdout and stderr.
 */
aggregatedOutput?: (string | null)
/**
 * The command to be executed.
 */
command: string
/**
 * A best-effort parsing of the command to understand the action(s) it will perform. This returns a list of CommandAction objects because a single shell command may be composed of many commands piped together.
 */
commandActions: CommandAction[]
/**
 * The command's working directory.
 */
cwd: LegacyAppPathString
/**
 * The duration of the command execution in milliseconds.
 */
durationMs?: (number | null)
/**
 * The command's exit code.
 */
exitCode?: (number | null)
id: string
/**
 * Trusted first-party plugin id when this command resolves to one plugin script.
 */
pluginId?: (string | null)
/**
 * Identifier for the underlying PTY process (when available).
 */
processId?: (string | null)
/**
 * Safe plugin-relative path when this command resolves to one plugin script.
 */
scriptPath?: (string | null)
source?: (CommandExecutionSource & string)
status: CommandExecutionStatus
type: CommandExecutionThreadItemType
}
export interface FileChangeThreadItem {
changes: FileUpdateChange[]
id: string
status: PatchApplyStatus
type: FileChangeThreadItemType
}
export interface McpToolCallThreadItem {
appContext?: (McpToolCallAppContext | null)
arguments: unknown
/**
 * The duration of the MCP tool call in milliseconds.
 */
durationMs?: (number | null)
/**
 * Registration scope, not necessarily the server's execution environment.
 */
environmentId?: (string | null)
error?: (McpToolCallError | null)
id: string
/**
 * Legacy compatibility field; prefer `mcpAppUi.resourceUri` when available.
 */
mcpAppResourceUri?: (string | null)
/**
 * Presentation captured from the invoked descriptor; absent in older history.
 */
mcpAppUi?: (McpAppUi | null)
pluginId?: (string | null)
readOnlyHint?: (boolean | null)
result?: (McpToolCallResult | null)
server: string
status: McpToolCallStatus
tool: string
type: McpToolCallThreadItemType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpToolCallAppContext".
 */
export interface McpToolCallAppContext {
actionName?: (string | null)
appName?: (string | null)
connectorId: string
linkId?: (string | null)
resourceUri?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpToolCallError".
 */
export interface McpToolCallError {
message: string
}
/**
 * UI resource and display preference for model invocations, captured from the tool descriptor.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpAppUi".
 */
export interface McpAppUi {
preferredModelDisplayMode: McpAppDisplayMode
resourceUri: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpToolCallResult".
 */
export interface McpToolCallResult {
_meta?: unknown
content: unknown[]
structuredContent?: unknown
}
export interface DynamicToolCallThreadItem {
arguments: unknown
contentItems?: (DynamicToolCallOutputContentItem[] | null)
/**
 * The duration of the dynamic tool call in milliseconds.
 */
durationMs?: (number | null)
id: string
namespace?: (string | null)
status: DynamicToolCallStatus
success?: (boolean | null)
tool: string
type: DynamicToolCallThreadItemType
}
export interface CollabAgentToolCallThreadItem {
/**
 * Last known status of the target agents, when available.
 */
agentsStates: {
[k: string]: CollabAgentState | undefined
}
/**
 * Unique identifier for this collab tool call.
 */
id: string
/**
 * Model requested for the spawned agent, when applicable.
 */
model?: (string | null)
/**
 * Prompt text sent as part of the collab tool call, when available.
 */
prompt?: (string | null)
/**
 * Reasoning effort requested for the spawned agent, when applicable.
 */
reasoningEffort?: (ReasoningEffort | null)
/**
 * Thread ID of the receiving agent, when applicable. In case of spawn operation, this corresponds to the newly spawned agent.
 */
receiverThreadIds: string[]
/**
 * Thread ID of the agent issuing the collab request.
 */
senderThreadId: string
/**
 * Current status of the collab tool call.
 */
status: CollabAgentToolCallStatus
/**
 * Name of the collab tool that was invoked.
 */
tool: CollabAgentTool
type: CollabAgentToolCallThreadItemType
}
export interface SubAgentActivityThreadItem {
agentPath: string
agentThreadId: string
id: string
kind: SubAgentActivityKind
/**
 * Resolved model at sub-agent creation; absent from older records and other activities.
 */
model?: (string | null)
/**
 * Resolved reasoning effort at sub-agent creation, when known.
 */
reasoningEffort?: (ReasoningEffort | null)
type: SubAgentActivityThreadItemType
}
export interface WebSearchThreadItem {
action?: (WebSearchAction | null)
id: string
query: string
/**
 * Structured search results returned out-of-band by standalone web search.
 * 
 * These stay as opaque JSON at the extension/app-server boundary so new result fields and result types can pass through without a Codex release.
 */
results?: (unknown[] | null)
type: WebSearchThreadItemType
}
export interface SearchWebSearchAction {
queries?: (string[] | null)
query?: (string | null)
type: SearchWebSearchActionType
}
export interface OpenPageWebSearchAction {
type: OpenPageWebSearchActionType
url?: (string | null)
}
export interface FindInPageWebSearchAction {
pattern?: (string | null)
type: FindInPageWebSearchActionType
url?: (string | null)
}
export interface OtherWebSearchAction {
type: OtherWebSearchActionType
}
export interface ImageViewThreadItem {
id: string
path: LegacyAppPathString
type: ImageViewThreadItemType
}
/**
 * Display item emitted by the interruptible `clock.sleep` tool.
 */
export interface SleepThreadItem {
durationMs: number
id: string
type: SleepThreadItemType
}
export interface FileIdThreadItem {
fileId: string
}
export interface ResultThreadItem {
result: string
}
export interface EnteredReviewModeThreadItem {
id: string
review: string
type: EnteredReviewModeThreadItemType
}
export interface ExitedReviewModeThreadItem {
id: string
review: string
type: ExitedReviewModeThreadItemType
}
export interface ContextCompactionThreadItem {
id: string
type: ContextCompactionThreadItemType
}
/**
 * [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ItemGuardianApprovalReviewCompletedNotification".
 */
export interface ItemGuardianApprovalReviewCompletedNotification {
action: GuardianApprovalReviewAction
/**
 * Unix timestamp (in milliseconds) when this review completed.
 */
completedAtMs: number
decisionSource: AutoReviewDecisionSource
review: GuardianApprovalReview
/**
 * Stable identifier for this review.
 */
reviewId: string
/**
 * Unix timestamp (in milliseconds) when this review started.
 */
startedAtMs: number
/**
 * Identifier for the reviewed item or tool call when one exists.
 * 
 * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
 * 
 * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
 */
targetItemId?: (string | null)
threadId: string
turnId: string
}
/**
 * [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ItemGuardianApprovalReviewStartedNotification".
 */
export interface ItemGuardianApprovalReviewStartedNotification {
action: GuardianApprovalReviewAction
review: GuardianApprovalReview
/**
 * Stable identifier for this review.
 */
reviewId: string
/**
 * Unix timestamp (in milliseconds) when this review started.
 */
startedAtMs: number
/**
 * Identifier for the reviewed item or tool call when one exists.
 * 
 * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
 * 
 * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
 */
targetItemId?: (string | null)
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ItemStartedNotification".
 */
export interface ItemStartedNotification {
item: ThreadItem
/**
 * Unix timestamp (in milliseconds) when this item lifecycle started.
 */
startedAtMs: number
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ListMcpServerStatusResponse".
 */
export interface ListMcpServerStatusResponse {
data: McpServerStatus[]
/**
 * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
 */
nextCursor?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerStatus".
 */
export interface McpServerStatus {
authStatus: McpAuthStatus
/**
 * Environment that contributed this registration; null for a thread-wide server. Older servers omit this field.
 */
environmentId?: (string | null)
/**
 * HTTP origin of the effective configured endpoint, including plugin servers. Excludes credentials, path, query, and fragment; null for non-HTTP transports.
 */
httpOrigin?: (string | null)
name: string
pluginId?: (string | null)
resourceTemplates: ResourceTemplate[]
resources: Resource[]
/**
 * Current thread-runtime connection state; null when unavailable or the configuration changed.
 */
runtimeStatus?: (McpServerConnectionStatus | null)
/**
 * Capabilities advertised by the initialized MCP server; null when unavailable.
 */
serverCapabilities?: {
[k: string]: unknown | undefined
}
serverInfo?: (McpServerInfo | null)
/**
 * Opaque `_meta` from the first page of the corresponding MCP tool catalog. Null when unavailable.
 */
toolListMeta?: {
[k: string]: unknown | undefined
}
tools: {
[k: string]: Tool | undefined
}
/**
 * Tool discovery failed and no catalog was returned. Null when a catalog is returned, including cached or empty catalogs.
 */
toolsError?: (string | null)
}
/**
 * A template description for resources available on the server.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ResourceTemplate".
 */
export interface ResourceTemplate {
annotations?: unknown
description?: (string | null)
mimeType?: (string | null)
name: string
title?: (string | null)
uriTemplate: string
}
/**
 * A known resource that the server is capable of reading.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "Resource".
 */
export interface Resource {
_meta?: unknown
annotations?: unknown
description?: (string | null)
icons?: (unknown[] | null)
mimeType?: (string | null)
name: string
size?: (number | null)
title?: (string | null)
uri: string
}
/**
 * Presentation metadata advertised by an initialized MCP server.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerInfo".
 */
export interface McpServerInfo {
description?: (string | null)
icons?: (unknown[] | null)
name: string
title?: (string | null)
version: string
websiteUrl?: (string | null)
}
/**
 * Definition for a tool the client can call.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "Tool".
 */
export interface Tool {
_meta?: unknown
annotations?: unknown
description?: (string | null)
icons?: (unknown[] | null)
inputSchema: unknown
name: string
outputSchema?: unknown
title?: (string | null)
}
export interface ExecLocalShellAction {
command: string[]
env?: ({
[k: string]: string | undefined
} | null)
timeout_ms?: (number | null)
type: ExecLocalShellActionType
user?: (string | null)
working_directory?: (string | null)
}
export interface ApiKeyv2LoginAccountResponse {
type: ApiKeyv2LoginAccountResponseType
}
export interface Chatgptv2LoginAccountResponse {
/**
 * URL the client should open in a browser to initiate the OAuth flow.
 */
authUrl: string
loginId: string
type: Chatgptv2LoginAccountResponseType
}
export interface ChatgptDeviceCodev2LoginAccountResponse {
loginId: string
type: ChatgptDeviceCodev2LoginAccountResponseType
/**
 * One-time code the user must enter after signing in.
 */
userCode: string
/**
 * URL the client should open in a browser to complete device code authorization.
 */
verificationUrl: string
}
export interface ChatgptAuthTokensv2LoginAccountResponse {
type: ChatgptAuthTokensv2LoginAccountResponseType
}
export interface AmazonBedrockv2LoginAccountResponse {
type: AmazonBedrockv2LoginAccountResponseType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "LogoutAccountResponse".
 */
export interface LogoutAccountResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ManagedHooksRequirements".
 */
export interface ManagedHooksRequirements {
Interrupt?: ConfiguredHookMatcherGroup[]
PermissionRequest: ConfiguredHookMatcherGroup[]
PostCompact: ConfiguredHookMatcherGroup[]
PostModelRequest?: ConfiguredHookMatcherGroup[]
PostToolUse: ConfiguredHookMatcherGroup[]
PreCompact: ConfiguredHookMatcherGroup[]
PreModelRequest?: ConfiguredHookMatcherGroup[]
PreToolUse: ConfiguredHookMatcherGroup[]
SessionEnd?: ConfiguredHookMatcherGroup[]
SessionStart: ConfiguredHookMatcherGroup[]
Stop: ConfiguredHookMatcherGroup[]
SubagentStart: ConfiguredHookMatcherGroup[]
SubagentStop: ConfiguredHookMatcherGroup[]
UserPromptSubmit: ConfiguredHookMatcherGroup[]
managedDir?: (string | null)
windowsManagedDir?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MarketplaceAddResponse".
 */
export interface MarketplaceAddResponse {
alreadyAdded: boolean
installedRoot: AbsolutePathBuf
marketplaceName: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MarketplaceInterface".
 */
export interface MarketplaceInterface {
displayName?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MarketplaceLoadErrorInfo".
 */
export interface MarketplaceLoadErrorInfo {
marketplacePath: AbsolutePathBuf
message: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MarketplaceRemoveResponse".
 */
export interface MarketplaceRemoveResponse {
installedRoot?: (AbsolutePathBuf | null)
marketplaceName: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MarketplaceUpgradeErrorInfo".
 */
export interface MarketplaceUpgradeErrorInfo {
marketplaceName: string
message: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "MarketplaceUpgradeResponse".
 */
export interface MarketplaceUpgradeResponse {
errors: MarketplaceUpgradeErrorInfo[]
selectedMarketplaces: string[]
upgradedRoots: AbsolutePathBuf[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpResourceReadResponse".
 */
export interface McpResourceReadResponse {
contents: ResourceContent[]
/**
 * Originating call when the server applied app-specific resource scoping.
 */
originCallId?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerEventNotification".
 */
export interface McpServerEventNotification {
method: string
params: unknown
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerEventStreamNotification".
 */
export interface McpServerEventStreamNotification {
notification: McpServerEventNotification
subscriptionId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerOauthLoginCompletedNotification".
 */
export interface McpServerOauthLoginCompletedNotification {
error?: (string | null)
/**
 * Identifies the explicit login attempt. Older servers omit this field.
 */
loginId?: (string | null)
name: string
success: boolean
threadId?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerOauthLoginResponse".
 */
export interface McpServerOauthLoginResponse {
authorizationUrl: string
/**
 * Identifies this login attempt across the response and completion notification. Older servers omit this field; current servers always return it.
 */
loginId?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerRefreshResponse".
 */
export interface McpServerRefreshResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerStatusUpdatedNotification".
 */
export interface McpServerStatusUpdatedNotification {
/**
 * Registration scope, not necessarily the server's execution environment.
 */
environmentId?: (string | null)
error?: (string | null)
failureReason?: (McpServerStartupFailureReason | null)
name: string
status: McpServerStartupState
threadId?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerToolCallResponse".
 */
export interface McpServerToolCallResponse {
_meta?: unknown
content: unknown[]
isError?: (boolean | null)
structuredContent?: unknown
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpToolCallProgressNotification".
 */
export interface McpToolCallProgressNotification {
itemId: string
message: string
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "Model".
 */
export interface Model {
/**
 * Deprecated: use `serviceTiers` instead.
 */
additionalSpeedTiers?: string[]
availabilityNux?: (ModelAvailabilityNux | null)
/**
 * Null when the catalog does not provide access-program metadata.
 */
availableAccessPrograms?: (ModelAccessPrograms | null)
defaultReasoningEffort: ReasoningEffort
/**
 * Catalog default service tier id for this model, when one is configured.
 */
defaultServiceTier?: (string | null)
description: string
displayName: string
hidden: boolean
id: string
inputModalities?: InputModality[]
isDefault: boolean
model: string
modelSpecialty?: (string | null)
/**
 * Multi-agent runtime declared by this model, when available.
 */
multiAgentVersion?: (MultiAgentVersion | null)
serviceTiers?: ModelServiceTier[]
supportedReasoningEfforts: ReasoningEffortOption[]
/**
 * @deprecated Always false; models no longer support personality selection.
 */
supportsPersonality?: boolean
upgrade?: (string | null)
upgradeInfo?: (ModelUpgradeInfo | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelAvailabilityNux".
 */
export interface ModelAvailabilityNux {
message: string
}
/**
 * Caller-specific explicit access programs advertised by model discovery.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelAccessPrograms".
 */
export interface ModelAccessPrograms {
/**
 * Accepted explicit selections.
 */
cyber: CyberAccessProgram[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelServiceTier".
 */
export interface ModelServiceTier {
description: string
id: string
name: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReasoningEffortOption".
 */
export interface ReasoningEffortOption {
description: string
reasoningEffort: ReasoningEffort
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelUpgradeInfo".
 */
export interface ModelUpgradeInfo {
migrationMarkdown?: (string | null)
model: string
modelLink?: (string | null)
/**
 * Informational Unix timestamp for this upgrade's scheduled retirement, if known.
 */
retirementAt?: (number | null)
upgradeCopy?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelListResponse".
 */
export interface ModelListResponse {
data: Model[]
/**
 * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
 */
nextCursor?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelProviderCapabilitiesReadResponse".
 */
export interface ModelProviderCapabilitiesReadResponse {
imageGeneration: boolean
webSearch: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelProviderConfigWriteResponse".
 */
export interface ModelProviderConfigWriteResponse {
provider: ModelProviderSummary
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelProviderSummary".
 */
export interface ModelProviderSummary {
/**
 * Null when the endpoint is absent or cannot be safely displayed.
 */
baseUrl?: (string | null)
/**
 * Whether a supported configuration field can be edited in the active user layer.
 */
canEdit: boolean
id: string
name: string
settings: ProviderSettings
}
export interface OpenaiProviderSettings {
type: OpenaiProviderSettingsType
}
export interface CustomGatewayProviderSettings {
auth: GatewayAuth
type: CustomGatewayProviderSettingsType
}
export interface BedrockProviderSettings {
profile?: (string | null)
region?: (string | null)
type: BedrockProviderSettingsType
}
export interface GcpProviderSettings {
/**
 * Path on the app-server host, without credential-file contents.
 */
credentialFile?: (string | null)
location?: (string | null)
projectId?: (string | null)
type: GcpProviderSettingsType
}
export interface ModelProviderMismatchv2ModelProviderError {
currentModelProvider: string
modelProvider: string
type: ModelProviderMismatchv2ModelProviderErrorType
}
export interface ModelProviderNotConfiguredv2ModelProviderError {
modelProvider: string
type: ModelProviderNotConfiguredv2ModelProviderErrorType
}
export interface ModelProviderPolicyConflictv2ModelProviderError {
modelProvider: string
requiredModelProvider: string
type: ModelProviderPolicyConflictv2ModelProviderErrorType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelProviderListResponse".
 */
export interface ModelProviderListResponse {
canChangeDefault: boolean
data: ModelProviderSummary[]
defaultProviderId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelReroutedNotification".
 */
export interface ModelReroutedNotification {
fromModel: string
reason: ModelRerouteReason
threadId: string
toModel: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelSafetyBufferingUpdatedNotification".
 */
export interface ModelSafetyBufferingUpdatedNotification {
fasterModel?: (string | null)
model: string
reasons: string[]
showBufferingUi: boolean
threadId: string
turnId: string
useCases: string[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ModelVerificationNotification".
 */
export interface ModelVerificationNotification {
threadId: string
turnId: string
verifications: ModelVerification[]
}
export interface CustomMultiAgentMode {
custom: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NetworkRequirements".
 */
export interface NetworkRequirements {
allowLocalBinding?: (boolean | null)
/**
 * Legacy compatibility view derived from `unix_sockets`.
 */
allowUnixSockets?: (string[] | null)
allowUpstreamProxy?: (boolean | null)
/**
 * Legacy compatibility view derived from `domains`.
 */
allowedDomains?: (string[] | null)
dangerouslyAllowAllUnixSockets?: (boolean | null)
dangerouslyAllowNonLoopbackProxy?: (boolean | null)
/**
 * Legacy compatibility view derived from `domains`.
 */
deniedDomains?: (string[] | null)
/**
 * Canonical managed network permission map.
 */
domains?: ({
[k: string]: NetworkDomainPermission | undefined
} | null)
enabled?: (boolean | null)
httpPort?: (number | null)
/**
 * When true, only managed allowlist entries are respected while managed network enforcement is active.
 */
managedAllowedDomainsOnly?: (boolean | null)
/**
 * Host patterns routed to network approval before ordinary allow rules.
 */
reviewDomains?: (string[] | null)
socksPort?: (number | null)
/**
 * Canonical managed unix socket permission map.
 */
unixSockets?: ({
[k: string]: NetworkUnixSocketPermission | undefined
} | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PermissionProfileListResponse".
 */
export interface PermissionProfileListResponse {
data: PermissionProfileSummary[]
/**
 * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
 */
nextCursor?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PermissionProfileSummary".
 */
export interface PermissionProfileSummary {
/**
 * Whether the effective requirements allow selecting this profile.
 */
allowed: boolean
/**
 * Optional user-facing description for display in clients.
 */
description?: (string | null)
/**
 * Available permission profile identifier.
 */
id: string
}
/**
 * EXPERIMENTAL - proposed plan streaming deltas for plan items. Clients should not assume concatenated deltas match the completed plan item content.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PlanDeltaNotification".
 */
export interface PlanDeltaNotification {
delta: string
itemId: string
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginDetail".
 */
export interface PluginDetail {
appTemplates: AppTemplateSummary[]
apps: AppSummary[]
description?: (string | null)
hooks: PluginHookSummary[]
marketplaceName: string
marketplacePath?: (AbsolutePathBuf | null)
mcpServers: string[]
/**
 * The declared onboarding skill, when the plugin and visible skill are enabled.
 */
onboardingSkill?: (SkillSummary | null)
scheduledTasks?: (ScheduledTaskSummary[] | null)
shareUrl?: (string | null)
skills: SkillSummary[]
summary: PluginSummary
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginHookSummary".
 */
export interface PluginHookSummary {
eventName: HookEventName
key: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillSummary".
 */
export interface SkillSummary {
description: string
enabled: boolean
interface?: (SkillInterface | null)
name: string
path?: (LegacyAppPathString | null)
shortDescription?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillInterface".
 */
export interface SkillInterface {
brandColor?: (string | null)
defaultPrompt?: (string | null)
displayName?: (string | null)
iconLarge?: (AbsolutePathBuf | null)
/**
 * Remote large icon URL from the plugin catalog.
 */
iconLargeUrl?: (string | null)
iconSmall?: (AbsolutePathBuf | null)
/**
 * Remote small icon URL from the plugin catalog.
 */
iconSmallUrl?: (string | null)
shortDescription?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ScheduledTaskSummary".
 */
export interface ScheduledTaskSummary {
key: string
name: string
prompt: string
schedule: ScheduledTaskSchedule
}
export interface HourlyScheduledTaskSchedule {
days?: (ScheduledTaskWeekday[] | null)
intervalHours: number
type: HourlyScheduledTaskScheduleType
}
export interface DailyScheduledTaskSchedule {
time: string
type: DailyScheduledTaskScheduleType
}
export interface WeekdaysScheduledTaskSchedule {
time: string
type: WeekdaysScheduledTaskScheduleType
}
export interface WeeklyScheduledTaskSchedule {
days: ScheduledTaskWeekday[]
time: string
type: WeeklyScheduledTaskScheduleType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginSummary".
 */
export interface PluginSummary {
authPolicy: PluginAuthPolicy
/**
 * Availability state for installing and using the plugin.
 */
availability?: (PluginAvailability & string)
/**
 * Why the remote plugin is unavailable, when provided by plugin-service.
 */
disabledReason?: (PluginDisabledReason | null)
/**
 * Raw plugin-service plan identifiers eligible to install the plugin.
 */
eligiblePlanTypes?: (string[] | null)
enabled: boolean
id: string
installPolicy: PluginInstallPolicy
installPolicySource?: (PluginInstallPolicySource | null)
installed: boolean
/**
 * Unix timestamp in seconds when the remote plugin was installed, when available.
 */
installedAt?: (number | null)
interface?: (PluginInterface | null)
keywords?: string[]
/**
 * Version of the locally materialized plugin package when available.
 */
localVersion?: (string | null)
mustShowInstallationInterstitial?: (boolean | null)
name: string
/**
 * Backend remote plugin identifier when available.
 */
remotePluginId?: (string | null)
/**
 * Remote sharing context associated with this plugin when available.
 */
shareContext?: (PluginShareContext | null)
source: PluginSource
/**
 * Version advertised by the remote marketplace backend when available.
 */
version?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginInterface".
 */
export interface PluginInterface {
brandColor?: (string | null)
capabilities: string[]
category?: (string | null)
/**
 * Local composer icon path, resolved from the installed plugin package.
 */
composerIcon?: (AbsolutePathBuf | null)
/**
 * Remote composer icon URL from the plugin catalog.
 */
composerIconUrl?: (string | null)
/**
 * Starter prompts for the plugin. Capped at 3 entries with a maximum of 512 characters per entry.
 */
defaultPrompt?: (string[] | null)
developerName?: (string | null)
displayName?: (string | null)
/**
 * Local logo path, resolved from the installed plugin package.
 */
logo?: (AbsolutePathBuf | null)
/**
 * Local dark-mode logo path, resolved from the installed plugin package.
 */
logoDark?: (AbsolutePathBuf | null)
/**
 * Remote logo URL from the plugin catalog.
 */
logoUrl?: (string | null)
/**
 * Remote dark-mode logo URL from the plugin catalog.
 */
logoUrlDark?: (string | null)
longDescription?: (string | null)
privacyPolicyUrl?: (string | null)
/**
 * Remote screenshot URLs from the plugin catalog.
 */
screenshotUrls: string[]
/**
 * Local screenshot paths, resolved from the installed plugin package.
 */
screenshots: AbsolutePathBuf[]
shortDescription?: (string | null)
termsOfServiceUrl?: (string | null)
websiteUrl?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareContext".
 */
export interface PluginShareContext {
canPublishToWorkspace?: (boolean | null)
creatorAccountUserId?: (string | null)
creatorName?: (string | null)
discoverability?: (PluginShareDiscoverability | null)
remotePluginId: string
/**
 * Version of the remote shared plugin release when available.
 */
remoteVersion?: (string | null)
sharePrincipals?: (PluginSharePrincipal[] | null)
shareUrl?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginSharePrincipal".
 */
export interface PluginSharePrincipal {
name: string
principalId: string
principalType: PluginSharePrincipalType
role: PluginSharePrincipalRole
}
export interface LocalPluginSource {
path: AbsolutePathBuf
type: LocalPluginSourceType
}
export interface GitPluginSource {
path?: (string | null)
refName?: (string | null)
sha?: (string | null)
type: GitPluginSourceType
url: string
}
export interface NpmPluginSource {
package: string
/**
 * Optional HTTPS registry URL. Authentication stays in the user's npm config.
 */
registry?: (string | null)
type: NpmPluginSourceType
/**
 * Optional npm version or version range.
 */
version?: (string | null)
}
/**
 * The plugin is available in the remote catalog. Download metadata is kept server-side and is not exposed through the app-server API.
 */
export interface RemotePluginSource {
type: RemotePluginSourceType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginInstallResponse".
 */
export interface PluginInstallResponse {
appsNeedingAuth: AppSummary[]
authPolicy: PluginAuthPolicy
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginInstalledResponse".
 */
export interface PluginInstalledResponse {
marketplaceLoadErrors?: MarketplaceLoadErrorInfo[]
marketplaces: PluginMarketplaceEntry[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginMarketplaceEntry".
 */
export interface PluginMarketplaceEntry {
interface?: (MarketplaceInterface | null)
name: string
/**
 * Local marketplace file path when the marketplace is backed by a local file. Remote-only catalog marketplaces do not have a local path.
 */
path?: (AbsolutePathBuf | null)
plugins: PluginSummary[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginListResponse".
 */
export interface PluginListResponse {
featuredPluginIds?: string[]
marketplaceLoadErrors?: MarketplaceLoadErrorInfo[]
marketplaces: PluginMarketplaceEntry[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginReadResponse".
 */
export interface PluginReadResponse {
plugin: PluginDetail
}
/**
 * Runtime categories affected by this change, not just capabilities currently present. Flags describe declarations before runtime policy filtering. Updates OR the old and new bundle flags; enablement changes and cached reinstalls use the cached bundle; removals retain the old bundle's flags.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginReconcileChangedPlugin".
 */
export interface PluginReconcileChangedPlugin {
hasApps: boolean
hasHooks: boolean
hasMcps: boolean
/**
 * Whether either bundle declares skill roots; not a validated inventory of enabled skills.
 */
hasSkills: boolean
/**
 * Local plugin ID (`name@marketplace`), matching `PluginSummary.id`.
 */
id: string
}
/**
 * Bundle and installed-state changes observed by this pass, not a runtime-readiness acknowledgement or a cumulative diff since the client's last request. Other metadata-only changes are not listed.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginReconcileResponse".
 */
export interface PluginReconcileResponse {
/**
 * Plugins affected by bundle changes, enablement changes, or removals. Installed-state changes compare against the previous cached snapshot, including cached reinstalls. Removal hints survive cache cleanup failures; unchanged plugins are omitted.
 */
changedPlugins: PluginReconcileChangedPlugin[]
/**
 * Subset of failures for which the requested bundle could not be materialized. A previously cached version may still be available.
 */
failedMaterializationRemotePluginIds: string[]
/**
 * Backend remote plugin IDs whose bundle or identity update failed.
 */
failedRemotePluginIds: string[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginSearchResult".
 */
export interface PluginSearchResult {
marketplaceName: string
marketplacePath?: (AbsolutePathBuf | null)
plugin: PluginSummary
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareCheckoutResponse".
 */
export interface PluginShareCheckoutResponse {
marketplaceName: string
marketplacePath: AbsolutePathBuf
pluginId: string
pluginName: string
pluginPath: AbsolutePathBuf
remotePluginId: string
remoteVersion?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareDeleteResponse".
 */
export interface PluginShareDeleteResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareListItem".
 */
export interface PluginShareListItem {
localPluginPath?: (AbsolutePathBuf | null)
plugin: PluginSummary
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareListResponse".
 */
export interface PluginShareListResponse {
data: PluginShareListItem[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareSaveResponse".
 */
export interface PluginShareSaveResponse {
canPublishToWorkspace?: (boolean | null)
remotePluginId: string
shareUrl: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginShareUpdateTargetsResponse".
 */
export interface PluginShareUpdateTargetsResponse {
discoverability: PluginShareDiscoverability
principals: PluginSharePrincipal[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginSkillReadResponse".
 */
export interface PluginSkillReadResponse {
contents?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PluginUninstallResponse".
 */
export interface PluginUninstallResponse {

}
/**
 * Final process exit notification for `process/spawn`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ProcessExitedNotification".
 */
export interface ProcessExitedNotification {
/**
 * Process exit code.
 */
exitCode: number
/**
 * Whether output collection hit its post-exit deadline before seeing EOF or reaching the requested byte cap on either stream. Older servers omit this field.
 */
outputDrainTimedOut?: (boolean | null)
/**
 * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
 */
processHandle: string
/**
 * Buffered stderr capture.
 * 
 * Empty when stderr was streamed via `process/outputDelta`.
 */
stderr: string
/**
 * Whether stderr reached `outputBytesCap`.
 * 
 * In streaming mode, stderr is empty and cap state is also reported on the final stderr `process/outputDelta` notification.
 */
stderrCapReached: boolean
/**
 * Buffered stdout capture.
 * 
 * Empty when stdout was streamed via `process/outputDelta`.
 */
stdout: string
/**
 * Whether stdout reached `outputBytesCap`.
 * 
 * In streaming mode, stdout is empty and cap state is also reported on the final stdout `process/outputDelta` notification.
 */
stdoutCapReached: boolean
}
/**
 * Base64-encoded output chunk emitted for a streaming `process/spawn` request.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ProcessOutputDeltaNotification".
 */
export interface ProcessOutputDeltaNotification {
/**
 * True on the final streamed chunk for this stream when output was truncated by `outputBytesCap`.
 */
capReached: boolean
/**
 * Base64-encoded output bytes.
 */
deltaBase64: string
/**
 * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
 */
processHandle: string
/**
 * Output stream this chunk belongs to.
 */
stream: ProcessOutputStream
}
/**
 * PTY size in character cells for `process/spawn` PTY sessions.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ProcessTerminalSize".
 */
export interface ProcessTerminalSize {
/**
 * Terminal width in character cells.
 */
cols: number
/**
 * Terminal height in character cells.
 */
rows: number
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "Project".
 */
export interface Project {
createdAt: number
id: string
metadata: {
[k: string]: string | undefined
}
name: string
/**
 * Newest non-archived member thread's recency, in Unix seconds; null when none exist.
 */
recencyAt?: (number | null)
roots: ProjectRoot[]
updatedAt: number
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ProjectRoot".
 */
export interface ProjectRoot {
path: AbsolutePathBuf
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ProjectChangedNotification".
 */
export interface ProjectChangedNotification {
changeType: ProjectChangeType
projectId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "QueuedSubmission".
 */
export interface QueuedSubmission {
clientUserMessageId: string
id: string
input: UserInput[]
/**
 * Metadata retained with this input, including across reconnect and restoration.
 */
responsesapiClientMetadata?: ({
[k: string]: string | undefined
} | null)
}
/**
 * Internal-only notification containing the exact usage from one upstream Responses API completion.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RawResponseCompletedNotification".
 */
export interface RawResponseCompletedNotification {
responseId: string
threadId: string
turnId: string
usage?: (TokenUsageBreakdown | null)
usageMetadata?: (ResponseUsageMetadata | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TokenUsageBreakdown".
 */
export interface TokenUsageBreakdown {
cacheWriteInputTokens?: number
cachedInputTokens: number
inputTokens: number
outputTokens: number
reasoningOutputTokens: number
totalTokens: number
}
/**
 * Usage metadata reported for one upstream response.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ResponseUsageMetadata".
 */
export interface ResponseUsageMetadata {
amount?: (string | null)
metadata?: unknown
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RawResponseItemCompletedNotification".
 */
export interface RawResponseItemCompletedNotification {
item: ResponseItem
threadId: string
turnId: string
}
export interface AdditionalToolsResponseItem {
id?: (string | null)
role: string
tools: unknown[]
type: AdditionalToolsResponseItemType
}
export interface MessageResponseItem {
content: ContentItem[]
encrypted_content?: (string | null)
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
phase?: (MessagePhase | null)
role: string
status?: (string | null)
type: MessageResponseItemType
}
export interface AgentMessageResponseItem {
author: string
content: AgentMessageInputContent[]
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
recipient: string
type: AgentMessageResponseItemType
}
export interface ReasoningResponseItem {
content?: (ReasoningItemContent[] | null)
encrypted_content?: (string | null)
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
summary: ReasoningItemReasoningSummary[]
type: ReasoningResponseItemType
}
export interface ReasoningTextReasoningItemContent {
text: string
type: ReasoningTextReasoningItemContentType
}
export interface TextReasoningItemContent {
text: string
type: TextReasoningItemContentType
}
export interface SummaryTextReasoningItemReasoningSummary {
text: string
type: SummaryTextReasoningItemReasoningSummaryType
}
export interface LocalShellCallResponseItem {
action: LocalShellAction
/**
 * Set when using the Responses API.
 */
call_id?: (string | null)
encrypted_content?: (string | null)
/**
 * Legacy id field retained for compatibility with older payloads.
 */
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
status: LocalShellStatus
type: LocalShellCallResponseItemType
}
export interface FunctionCallResponseItem {
arguments: string
call_id: string
encrypted_content?: (string | null)
encrypted_function_args?: (string[] | null)
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
name: string
namespace?: (string | null)
status?: (string | null)
type: FunctionCallResponseItemType
}
export interface ToolSearchCallResponseItem {
arguments: unknown
call_id?: (string | null)
encrypted_content?: (string | null)
execution: string
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
status?: (string | null)
type: ToolSearchCallResponseItemType
}
export interface FunctionCallOutputResponseItem {
call_id?: (string | null)
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
name?: (string | null)
namespace?: (string | null)
output: FunctionCallOutputBody
type: FunctionCallOutputResponseItemType
}
export interface CustomToolCallResponseItem {
call_id: string
encrypted_content?: (string | null)
id?: (string | null)
input: string
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
name: string
namespace?: (string | null)
status?: (string | null)
type: CustomToolCallResponseItemType
}
export interface CustomToolCallOutputResponseItem {
call_id: string
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
name?: (string | null)
output: FunctionCallOutputBody
type: CustomToolCallOutputResponseItemType
}
export interface ToolSearchOutputResponseItem {
call_id?: (string | null)
execution: string
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
status: string
tools: unknown[]
type: ToolSearchOutputResponseItemType
}
export interface WebSearchCallResponseItem {
action?: (ResponsesApiWebSearchAction | null)
encrypted_content?: (string | null)
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
status?: (string | null)
type: WebSearchCallResponseItemType
}
export interface SearchResponsesApiWebSearchAction {
queries?: (string[] | null)
query?: (string | null)
type: SearchResponsesApiWebSearchActionType
}
export interface OpenPageResponsesApiWebSearchAction {
type: OpenPageResponsesApiWebSearchActionType
url?: (string | null)
}
export interface FindInPageResponsesApiWebSearchAction {
pattern?: (string | null)
type: FindInPageResponsesApiWebSearchActionType
url?: (string | null)
}
export interface OtherResponsesApiWebSearchAction {
type: OtherResponsesApiWebSearchActionType
}
export interface ImageGenerationCallResponseItem {
encrypted_content?: (string | null)
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
result: string
revised_prompt?: (string | null)
status: string
type: ImageGenerationCallResponseItemType
}
export interface CompactionResponseItem {
encrypted_content: string
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
type: CompactionResponseItemType
}
/**
 * A durable input control interpreted by the backend at its position in history.
 */
export interface ConfigurationUpdateResponseItem {
reasoning: ConfigurationReasoning
type: ConfigurationUpdateResponseItemType
}
export interface CompactionTriggerResponseItem {
type: CompactionTriggerResponseItemType
}
export interface ContextCompactionResponseItem {
encrypted_content?: (string | null)
id?: (string | null)
internal_chat_message_metadata_passthrough?: (InternalChatMessageMetadataPassthrough | null)
type: ContextCompactionResponseItemType
}
export interface OtherResponseItem {
type: OtherResponseItemType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RealtimeVoicesList".
 */
export interface RealtimeVoicesList {
defaultV1: RealtimeVoice
defaultV2: RealtimeVoice
v1: RealtimeVoice[]
v2: RealtimeVoice[]
v3?: RealtimeVoice[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReasoningSummaryPartAddedNotification".
 */
export interface ReasoningSummaryPartAddedNotification {
itemId: string
summaryIndex: number
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReasoningSummaryTextDeltaNotification".
 */
export interface ReasoningSummaryTextDeltaNotification {
delta: string
itemId: string
summaryIndex: number
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReasoningTextDeltaNotification".
 */
export interface ReasoningTextDeltaNotification {
contentIndex: number
delta: string
itemId: string
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RemoteControlDisableParams".
 */
export interface RemoteControlDisableParams {
ephemeral?: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RemoteControlEnableParams".
 */
export interface RemoteControlEnableParams {
ephemeral?: boolean
}
/**
 * Current remote-control connection status and remote identity exposed to clients.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "RemoteControlStatusChangedNotification".
 */
export interface RemoteControlStatusChangedNotification {
environmentId?: (string | null)
installationId: string
serverName: string
status: RemoteControlConnectionStatus
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ReviewStartResponse".
 */
export interface ReviewStartResponse {
/**
 * The thread id supplied to `review/start`.
 */
reviewThreadId: string
turn: Turn
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "Turn".
 */
export interface Turn {
/**
 * Unix timestamp (in seconds) when the turn completed.
 */
completedAt?: (number | null)
/**
 * Duration between turn start and completion in milliseconds, if known.
 */
durationMs?: (number | null)
/**
 * Error associated with a failed or interrupted turn.
 */
error?: (TurnError | null)
/**
 * Identifier for this turn. Codex-generated turn IDs are UUIDv7.
 */
id: string
/**
 * Thread items currently included in this turn payload.
 */
items: ThreadItem[]
/**
 * Describes how much of `items` has been loaded for this turn.
 */
itemsView?: (TurnItemsView & string)
/**
 * ID of the first turn in the chain of work that led to this turn. Pass this as `rootTurnId` when starting work on behalf of this turn. May be null in older history or a `review/start` response.
 */
rootTurnId?: (string | null)
/**
 * Unix timestamp (in seconds) when the turn started.
 */
startedAt?: (number | null)
status: TurnStatus
}
/**
 * A user-selected root that can expose one or more runtime capabilities.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SelectedCapabilityRoot".
 */
export interface SelectedCapabilityRoot {
/**
 * Stable identifier supplied by the capability selection platform.
 */
id: string
/**
 * Where the selected root can be resolved.
 */
location: CapabilityRootLocation
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SendAddCreditsNudgeEmailResponse".
 */
export interface SendAddCreditsNudgeEmailResponse {
status: AddCreditsNudgeEmailStatus
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ServerDiagnosticsGauge".
 */
export interface ServerDiagnosticsGauge {
name: string
value: number
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ServerDiagnosticsProcess".
 */
export interface ServerDiagnosticsProcess {
id: number
physicalFootprintBytes?: (number | null)
residentMemoryBytes?: (number | null)
}
/**
 * NEW NOTIFICATIONS
 */
export interface ErrorNotification1 {
method: ErrorNotificationMethod
params: ErrorNotification
}
export interface ThreadStartedNotification {
method: ThreadStartedNotificationMethod
params: ThreadStartedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadStartedNotification".
 */
export interface ThreadStartedNotification1 {
thread: Thread
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "Thread".
 */
export interface Thread {
/**
 * Optional random unique nickname assigned to an AgentControl-spawned sub-agent.
 */
agentNickname?: (string | null)
/**
 * Optional role (agent_role) assigned to an AgentControl-spawned sub-agent.
 */
agentRole?: (string | null)
/**
 * Version of the CLI that created the thread.
 */
cliVersion: string
/**
 * Unix timestamp (in seconds) when the thread was created.
 */
createdAt: number
/**
 * Working directory captured for the thread.
 */
cwd: AbsolutePathBuf
/**
 * Whether the thread is ephemeral and should not be materialized on disk.
 */
ephemeral: boolean
/**
 * Source thread id when this thread was created by forking another thread.
 */
forkedFromId?: (string | null)
/**
 * Optional Git metadata captured when the thread was created.
 */
gitInfo?: (GitInfo | null)
/**
 * Persisted thread history contract selected when this thread was created.
 */
historyMode?: (ThreadHistoryMode & string)
/**
 * Identifier for this thread. Codex-generated thread IDs are UUIDv7.
 */
id: string
/**
 * Current configured model when loaded, otherwise the latest persisted model. Null when unavailable. This is not per-turn execution telemetry.
 */
model?: (string | null)
/**
 * Model provider used for this thread (for example, 'openai').
 */
modelProvider: string
/**
 * Optional user-facing thread title.
 */
name?: (string | null)
/**
 * Originator recorded when the thread was created, independent of its current client or executor. Null when the recorded originator is unavailable.
 */
originator?: (string | null)
/**
 * The ID of the parent thread. This will only be set if this thread is a subagent.
 */
parentThreadId?: (string | null)
/**
 * [UNSTABLE] Path to the thread on disk.
 */
path?: (string | null)
/**
 * Usually the first user message in the thread, if available.
 */
preview: string
/**
 * Canonical project assignment owned by app-server, if any.
 */
projectId: (string | null)
/**
 * Current configured reasoning effort when loaded, otherwise the latest persisted effort. Null when unset or unavailable. This is not per-turn execution telemetry.
 */
reasoningEffort?: (ReasoningEffort | null)
/**
 * Unix timestamp (in seconds) used for thread recency ordering.
 */
recencyAt?: (number | null)
/**
 * The independently persisted section selected for this thread, if any.
 */
section?: (ThreadSection | null)
/**
 * Unix timestamp in seconds when the thread entered its current section.
 */
sectionEnteredAt?: (number | null)
/**
 * Session id shared by threads that belong to the same session tree.
 */
sessionId: string
/**
 * Origin of the thread (CLI, VSCode, codex exec, codex app-server, etc.).
 */
source: SessionSource
/**
 * Current runtime status for the thread.
 */
status: ThreadStatus
/**
 * Optional analytics source classification for this thread.
 */
threadSource?: (ThreadSource | null)
/**
 * Only populated on `thread/resume`, `thread/fork`, and `thread/read` (when `includeTurns` is true) responses. For all other responses and notifications returning a Thread, the turns field will be an empty list.
 */
turns: Turn[]
/**
 * Unix timestamp (in seconds) when the thread was last updated.
 */
updatedAt: number
}
/**
 * An independently persisted, user-visible thread section.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSection".
 */
export interface ThreadSection {
/**
 * Optional appearance synchronized across clients.
 */
appearance?: (ThreadSectionAppearance | null)
/**
 * Opaque UUIDv7 identity that remains stable when the section is renamed.
 */
id: string
/**
 * The current user-visible section name.
 */
name: string
}
export interface CustomSessionSource {
custom: string
}
export interface SubAgentSessionSource {
subAgent: SubAgentSource
}
export interface ThreadSpawnSubAgentSource {
thread_spawn: {
agent_nickname?: (string | null)
agent_path?: (AgentPath | null)
agent_role?: (string | null)
depth: number
parent_thread_id: ThreadId
}
}
export interface OtherSubAgentSource {
other: string
}
export interface NotLoadedThreadStatus {
type: NotLoadedThreadStatusType
}
export interface IdleThreadStatus {
type: IdleThreadStatusType
}
export interface SystemErrorThreadStatus {
type: SystemErrorThreadStatusType
}
export interface ActiveThreadStatus {
activeFlags: ThreadActiveFlag[]
type: ActiveThreadStatusType
}
export interface ThreadStatusChangedNotification {
method: ThreadStatusChangedNotificationMethod
params: ThreadStatusChangedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadStatusChangedNotification".
 */
export interface ThreadStatusChangedNotification1 {
status: ThreadStatus
threadId: string
}
export interface ThreadReadStateChangedNotification {
method: ThreadReadStateChangedNotificationMethod
params: ThreadReadStateChangedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadReadStateChangedNotification".
 */
export interface ThreadReadStateChangedNotification1 {
readState: ThreadReadState
threadId: string
}
/**
 * The first unread position in a durable local thread. A null position means read. The opaque revision guards edits against activity or marks the caller has not seen.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadReadState".
 */
export interface ThreadReadState {
firstUnread?: (ThreadUnreadPosition | null)
revision: string
}
/**
 * Explicitly marked unread, including when the thread has no turns.
 */
export interface ThreadStartThreadUnreadPosition {
type: ThreadStartThreadUnreadPositionType
}
/**
 * The earliest completed result needing attention.
 */
export interface TurnThreadUnreadPosition {
turnId: string
type: TurnThreadUnreadPositionType
}
export interface ThreadArchivedNotification {
method: ThreadArchivedNotificationMethod
params: ThreadArchivedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadArchivedNotification".
 */
export interface ThreadArchivedNotification1 {
threadId: string
}
export interface ThreadDeletedNotification {
method: ThreadDeletedNotificationMethod
params: ThreadDeletedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadDeletedNotification".
 */
export interface ThreadDeletedNotification1 {
threadId: string
}
export interface ThreadUnarchivedNotification {
method: ThreadUnarchivedNotificationMethod
params: ThreadUnarchivedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadUnarchivedNotification".
 */
export interface ThreadUnarchivedNotification1 {
threadId: string
}
export interface ThreadClosedNotification {
method: ThreadClosedNotificationMethod
params: ThreadClosedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadClosedNotification".
 */
export interface ThreadClosedNotification1 {
threadId: string
}
export interface ThreadRevertedNotification {
method: ThreadRevertedNotificationMethod
params: ThreadRevertedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRevertedNotification".
 */
export interface ThreadRevertedNotification1 {
threadId: string
}
export interface SkillsChangedNotification {
method: SkillsChangedNotificationMethod
params: SkillsChangedNotification1
}
/**
 * Notification emitted when watched local skill files change.
 * 
 * Treat this as an invalidation signal and re-run `skills/list` with the client's current parameters when refreshed skill metadata is needed.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillsChangedNotification".
 */
export interface SkillsChangedNotification1 {

}
export interface ThreadNameUpdatedNotification {
method: ThreadNameUpdatedNotificationMethod
params: ThreadNameUpdatedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadNameUpdatedNotification".
 */
export interface ThreadNameUpdatedNotification1 {
threadId: string
threadName?: (string | null)
}
export interface ThreadSectionChangedNotification {
method: ThreadSectionChangedNotificationMethod
params: ThreadSectionChangedNotification1
}
/**
 * Broadcast after a successful move into, within, or out of a section.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionChangedNotification".
 */
export interface ThreadSectionChangedNotification1 {
/**
 * Destination section, or `null` when the thread was removed from its section.
 */
sectionId: (string | null)
threadId: string
}
export interface ThreadAttachmentUpdatedNotification {
method: ThreadAttachmentUpdatedNotificationMethod
params: ThreadAttachmentUpdatedNotification1
}
/**
 * Notification published after a thread attachment is created or deleted.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentUpdatedNotification".
 */
export interface ThreadAttachmentUpdatedNotification1 {
attachmentId: string
attachmentType: string
identityKey: string
operation: ThreadAttachmentOperation
threadId: string
}
export interface ThreadGoalUpdatedNotification {
method: ThreadGoalUpdatedNotificationMethod
params: ThreadGoalUpdatedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadGoalUpdatedNotification".
 */
export interface ThreadGoalUpdatedNotification1 {
goal: ThreadGoal
threadId: string
turnId?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadGoal".
 */
export interface ThreadGoal {
createdAt: number
objective: string
status: ThreadGoalStatus
threadId: string
timeUsedSeconds: number
tokenBudget?: (number | null)
tokensUsed: number
updatedAt: number
}
export interface ThreadPredictionUpdatedNotification {
method: ThreadPredictionUpdatedNotificationMethod
params: ThreadPredictionUpdatedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadPredictionUpdatedNotification".
 */
export interface ThreadPredictionUpdatedNotification1 {
result: ThreadPredictionResult
sourceTurnId: string
threadId: string
}
export interface CompletedThreadPredictionResult {
text?: (string | null)
type: CompletedThreadPredictionResultType
}
export interface FailedThreadPredictionResult {
type: FailedThreadPredictionResultType
}
export interface ThreadGoalClearedNotification {
method: ThreadGoalClearedNotificationMethod
params: ThreadGoalClearedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadGoalClearedNotification".
 */
export interface ThreadGoalClearedNotification1 {
threadId: string
}
export interface ThreadQueueChangedNotification {
method: ThreadQueueChangedNotificationMethod
params: ThreadQueueChangedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadQueueChangedNotification".
 */
export interface ThreadQueueChangedNotification1 {
threadId: string
}
export interface ProjectChangedNotification1 {
method: ProjectChangedNotificationMethod
params: ProjectChangedNotification
}
export interface ThreadProjectUpdatedNotification {
method: ThreadProjectUpdatedNotificationMethod
params: ThreadProjectUpdatedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadProjectUpdatedNotification".
 */
export interface ThreadProjectUpdatedNotification1 {
projectId: (string | null)
threadId: string
}
export interface ThreadEnvironmentConnectedNotification {
method: ThreadEnvironmentConnectedNotificationMethod
params: EnvironmentConnectionNotification
}
export interface ThreadEnvironmentDisconnectedNotification {
method: ThreadEnvironmentDisconnectedNotificationMethod
params: EnvironmentConnectionNotification
}
export interface ThreadSettingsUpdatedNotification {
method: ThreadSettingsUpdatedNotificationMethod
params: ThreadSettingsUpdatedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSettingsUpdatedNotification".
 */
export interface ThreadSettingsUpdatedNotification1 {
threadId: string
threadSettings: ThreadSettings
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSettings".
 */
export interface ThreadSettings {
activePermissionProfile?: (ActivePermissionProfile | null)
approvalPolicy: AskForApproval
approvalsReviewer: ApprovalsReviewer
collaborationMode: CollaborationMode
cwd: AbsolutePathBuf
/**
 * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
 */
disabledPluginIds?: string[]
effort?: (ReasoningEffort | null)
model: string
modelProvider: string
/**
 * @deprecated Reports the saved setting; `friendly` and `pragmatic` no longer select a style.
 */
personality?: (Personality | null)
sandboxPolicy: SandboxPolicy
serviceTier?: (string | null)
summary?: (ReasoningSummary | null)
}
export interface ThreadTokenUsageUpdatedNotification {
method: ThreadTokenUsageUpdatedNotificationMethod
params: ThreadTokenUsageUpdatedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadTokenUsageUpdatedNotification".
 */
export interface ThreadTokenUsageUpdatedNotification1 {
threadId: string
tokenUsage: ThreadTokenUsage
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadTokenUsage".
 */
export interface ThreadTokenUsage {
last: TokenUsageBreakdown
modelContextWindow?: (number | null)
total: TokenUsageBreakdown
}
export interface TurnStartedNotification {
method: TurnStartedNotificationMethod
params: TurnStartedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnStartedNotification".
 */
export interface TurnStartedNotification1 {
threadId: string
turn: Turn
}
export interface HookStartedNotification1 {
method: HookStartedNotificationMethod
params: HookStartedNotification
}
export interface TurnCompletedNotification {
method: TurnCompletedNotificationMethod
params: TurnCompletedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnCompletedNotification".
 */
export interface TurnCompletedNotification1 {
threadId: string
turn: Turn
}
export interface HookCompletedNotification1 {
method: HookCompletedNotificationMethod
params: HookCompletedNotification
}
export interface TurnDiffUpdatedNotification {
method: TurnDiffUpdatedNotificationMethod
params: TurnDiffUpdatedNotification1
}
/**
 * Notification that the turn-level unified diff has changed. Contains the latest aggregated diff across all file changes in the turn.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnDiffUpdatedNotification".
 */
export interface TurnDiffUpdatedNotification1 {
diff: string
threadId: string
turnId: string
}
export interface TurnPlanUpdatedNotification {
method: TurnPlanUpdatedNotificationMethod
params: TurnPlanUpdatedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnPlanUpdatedNotification".
 */
export interface TurnPlanUpdatedNotification1 {
explanation?: (string | null)
plan: TurnPlanStep[]
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnPlanStep".
 */
export interface TurnPlanStep {
status: TurnPlanStepStatus
step: string
}
export interface ItemStartedNotification1 {
method: ItemStartedNotificationMethod
params: ItemStartedNotification
}
export interface ItemAutoApprovalReviewStartedNotification {
method: ItemAutoApprovalReviewStartedNotificationMethod
params: ItemGuardianApprovalReviewStartedNotification
}
export interface ItemAutoApprovalReviewCompletedNotification {
method: ItemAutoApprovalReviewCompletedNotificationMethod
params: ItemGuardianApprovalReviewCompletedNotification
}
export interface AutoApprovalReviewStrictReviewRequiredNotification {
method: AutoApprovalReviewStrictReviewRequiredNotificationMethod
params: StrictReviewRequiredNotification
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "StrictReviewRequiredNotification".
 */
export interface StrictReviewRequiredNotification {
/**
 * Unix timestamp (in milliseconds) when this review started.
 */
startedAtMs: number
threadId: string
turnId: string
}
export interface ItemCompletedNotification1 {
method: ItemCompletedNotificationMethod
params: ItemCompletedNotification
}
export interface ItemAgentMessageDeltaNotification {
method: ItemAgentMessageDeltaNotificationMethod
params: AgentMessageDeltaNotification
}
/**
 * EXPERIMENTAL - proposed plan streaming deltas for plan items.
 */
export interface ItemPlanDeltaNotification {
method: ItemPlanDeltaNotificationMethod
params: PlanDeltaNotification
}
/**
 * Stream base64-encoded stdout/stderr chunks for a running `command/exec` session.
 */
export interface CommandExecOutputDeltaNotification1 {
method: CommandExecOutputDeltaNotificationMethod
params: CommandExecOutputDeltaNotification
}
/**
 * Stream base64-encoded stdout/stderr chunks for a running `process/spawn` session.
 */
export interface ProcessOutputDeltaNotification1 {
method: ProcessOutputDeltaNotificationMethod
params: ProcessOutputDeltaNotification
}
export interface ThreadSearchPartialNotification {
method: ThreadSearchPartialNotificationMethod
params: ThreadSearchPartialNotification1
}
/**
 * A best-effort incremental batch for `thread/search/stream`. Match `requestId` to the request on this connection. Only a small subset of verified matches may be emitted; rows are unique and arrive in discovery order, but may be dropped under load or fall outside the final sorted page. Thread fields use stored metadata and the current watched status; live thread settings are enriched in the final response. Replace provisional rows with the authoritative final response. No partials follow it or an error.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSearchPartialNotification".
 */
export interface ThreadSearchPartialNotification1 {
data: ThreadSearchResult[]
requestId: RequestId
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSearchResult".
 */
export interface ThreadSearchResult {
snippet: string
thread: Thread
}
/**
 * Final exit notification for a `process/spawn` session.
 */
export interface ProcessExitedNotification1 {
method: ProcessExitedNotificationMethod
params: ProcessExitedNotification
}
export interface ItemCommandExecutionOutputDeltaNotification {
method: ItemCommandExecutionOutputDeltaNotificationMethod
params: CommandExecutionOutputDeltaNotification
}
export interface ItemCommandExecutionTerminalInteractionNotification {
method: ItemCommandExecutionTerminalInteractionNotificationMethod
params: TerminalInteractionNotification
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TerminalInteractionNotification".
 */
export interface TerminalInteractionNotification {
itemId: string
processId: string
stdin: string
threadId: string
turnId: string
}
/**
 * Deprecated legacy apply_patch output stream notification.
 */
export interface ItemFileChangeOutputDeltaNotification {
method: ItemFileChangeOutputDeltaNotificationMethod
params: FileChangeOutputDeltaNotification
}
export interface ItemFileChangePatchUpdatedNotification {
method: ItemFileChangePatchUpdatedNotificationMethod
params: FileChangePatchUpdatedNotification
}
export interface ServerRequestResolvedNotification {
method: ServerRequestResolvedNotificationMethod
params: ServerRequestResolvedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ServerRequestResolvedNotification".
 */
export interface ServerRequestResolvedNotification1 {
requestId: RequestId
threadId: string
}
export interface ItemMcpToolCallProgressNotification {
method: ItemMcpToolCallProgressNotificationMethod
params: McpToolCallProgressNotification
}
export interface McpServerOauthLoginCompletedNotification1 {
method: McpServerOauthLoginCompletedNotificationMethod
params: McpServerOauthLoginCompletedNotification
}
export interface McpServerStartupStatusUpdatedNotification {
method: McpServerStartupStatusUpdatedNotificationMethod
params: McpServerStatusUpdatedNotification
}
export interface McpServerEventStreamNotificationNotification {
method: McpServerEventStreamNotificationNotificationMethod
params: McpServerEventStreamNotification
}
export interface AccountUpdatedNotification1 {
method: AccountUpdatedNotificationMethod
params: AccountUpdatedNotification
}
export interface AccountGatewayOAuthChangedNotification {
method: AccountGatewayOAuthChangedNotificationMethod
params: GatewayOAuthChangedNotification
}
export interface AccountRateLimitsUpdatedNotification1 {
method: AccountRateLimitsUpdatedNotificationMethod
params: AccountRateLimitsUpdatedNotification
}
export interface AppListUpdatedNotification1 {
method: AppListUpdatedNotificationMethod
params: AppListUpdatedNotification
}
export interface RemoteControlStatusChangedNotification1 {
method: RemoteControlStatusChangedNotificationMethod
params: RemoteControlStatusChangedNotification
}
export interface ExternalAgentConfigImportProgressNotification1 {
method: ExternalAgentConfigImportProgressNotificationMethod
params: ExternalAgentConfigImportProgressNotification
}
export interface ExternalAgentConfigImportCompletedNotification1 {
method: ExternalAgentConfigImportCompletedNotificationMethod
params: ExternalAgentConfigImportCompletedNotification
}
export interface FsChangedNotification1 {
method: FsChangedNotificationMethod
params: FsChangedNotification
}
export interface ItemReasoningSummaryTextDeltaNotification {
method: ItemReasoningSummaryTextDeltaNotificationMethod
params: ReasoningSummaryTextDeltaNotification
}
export interface ItemReasoningSummaryPartAddedNotification {
method: ItemReasoningSummaryPartAddedNotificationMethod
params: ReasoningSummaryPartAddedNotification
}
export interface ItemReasoningTextDeltaNotification {
method: ItemReasoningTextDeltaNotificationMethod
params: ReasoningTextDeltaNotification
}
/**
 * Deprecated: Use `ContextCompaction` item type instead.
 */
export interface ThreadCompactedNotification {
method: ThreadCompactedNotificationMethod
params: ContextCompactedNotification
}
export interface ModelReroutedNotification1 {
method: ModelReroutedNotificationMethod
params: ModelReroutedNotification
}
export interface ModelVerificationNotification1 {
method: ModelVerificationNotificationMethod
params: ModelVerificationNotification
}
export interface ModelProviderAuthRecoveryStartedNotification {
method: ModelProviderAuthRecoveryStartedNotificationMethod
params: AuthRecoveryNotification
}
export interface ModelProviderAuthRecoveryCompletedNotification {
method: ModelProviderAuthRecoveryCompletedNotificationMethod
params: AuthRecoveryNotification
}
export interface TurnModerationMetadataNotification {
method: TurnModerationMetadataNotificationMethod
params: TurnModerationMetadataNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnModerationMetadataNotification".
 */
export interface TurnModerationMetadataNotification1 {
metadata: unknown
threadId: string
turnId: string
}
export interface ModelSafetyBufferingUpdatedNotification1 {
method: ModelSafetyBufferingUpdatedNotificationMethod
params: ModelSafetyBufferingUpdatedNotification
}
export interface WarningNotification {
method: WarningNotificationMethod
params: WarningNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WarningNotification".
 */
export interface WarningNotification1 {
/**
 * Concise warning message for the user.
 */
message: string
/**
 * Optional thread target when the warning applies to a specific thread.
 */
threadId?: (string | null)
}
export interface GuardianWarningNotification1 {
method: GuardianWarningNotificationMethod
params: GuardianWarningNotification
}
export interface DeprecationNoticeNotification1 {
method: DeprecationNoticeNotificationMethod
params: DeprecationNoticeNotification
}
export interface ConfigWarningNotification1 {
method: ConfigWarningNotificationMethod
params: ConfigWarningNotification
}
export interface FuzzyFileSearchSessionUpdatedNotification1 {
method: FuzzyFileSearchSessionUpdatedNotificationMethod
params: FuzzyFileSearchSessionUpdatedNotification
}
export interface FuzzyFileSearchSessionCompletedNotification1 {
method: FuzzyFileSearchSessionCompletedNotificationMethod
params: FuzzyFileSearchSessionCompletedNotification
}
export interface ThreadRealtimeStartedNotification {
method: ThreadRealtimeStartedNotificationMethod
params: ThreadRealtimeStartedNotification1
}
/**
 * EXPERIMENTAL - emitted when thread realtime startup is accepted.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeStartedNotification".
 */
export interface ThreadRealtimeStartedNotification1 {
realtimeSessionId?: (string | null)
threadId: string
version: RealtimeConversationVersion
}
export interface ThreadRealtimeItemAddedNotification {
method: ThreadRealtimeItemAddedNotificationMethod
params: ThreadRealtimeItemAddedNotification1
}
/**
 * EXPERIMENTAL - raw non-audio thread realtime item emitted by the backend.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeItemAddedNotification".
 */
export interface ThreadRealtimeItemAddedNotification1 {
item: unknown
threadId: string
}
export interface ThreadRealtimeItemStartedNotification {
method: ThreadRealtimeItemStartedNotificationMethod
params: ThreadRealtimeItemStartedNotification1
}
/**
 * EXPERIMENTAL - a realtime timeline item started before its content streams.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeItemStartedNotification".
 */
export interface ThreadRealtimeItemStartedNotification1 {
item: ThreadRealtimeItem
threadId: string
}
export interface RealtimeSessionStartedThreadRealtimeItem {
type: RealtimeSessionStartedThreadRealtimeItemType
}
export interface FrameThreadRealtimeItem {
channels: ThreadRealtimeFrameChannels
type: FrameThreadRealtimeItemType
}
/**
 * A frame holds one or more payloads, at most one per channel. They share one ID, observation time, and seal. V1 requires its only channel, `voice_transcript`.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeFrameChannels".
 */
export interface ThreadRealtimeFrameChannels {
voice_transcript: ThreadRealtimeVoiceTranscript
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeVoiceTranscript".
 */
export interface ThreadRealtimeVoiceTranscript {
role: ThreadRealtimeTranscriptRole
text: string
}
export interface TranscriptSegmentThreadRealtimeItem {
role: ThreadRealtimeTranscriptRole
text: string
type: TranscriptSegmentThreadRealtimeItemType
}
export interface BemItemPromotedThreadRealtimeItem {
item_id: string
presentation: ThreadRealtimeBemItemPresentation
turn_id: string
type: BemItemPromotedThreadRealtimeItemType
}
export interface WholeItemThreadRealtimeBemItemPresentation {
type: WholeItemThreadRealtimeBemItemPresentationType
}
export interface InlineMarkdownThreadRealtimeBemItemPresentation {
type: InlineMarkdownThreadRealtimeBemItemPresentationType
}
export interface InlineVisualizationThreadRealtimeBemItemPresentation {
index: number
type: InlineVisualizationThreadRealtimeBemItemPresentationType
}
export interface RealtimeSessionClosedThreadRealtimeItem {
outcome: ThreadRealtimeSessionOutcome
type: RealtimeSessionClosedThreadRealtimeItemType
}
export interface TurnInputAcceptedThreadRealtimeItem {
handoff_id: string
input: string
input_item_id: string
mode: ThreadRealtimeHandoffMode
source_event_ids: string[]
turn_id: string
type: TurnInputAcceptedThreadRealtimeItemType
}
export interface SessionEndInputSavedThreadRealtimeItem {
input: string
input_item_id: string
source_event_ids: string[]
type: SessionEndInputSavedThreadRealtimeItemType
}
export interface ThreadRealtimeItemTranscriptDeltaNotification {
method: ThreadRealtimeItemTranscriptDeltaNotificationMethod
params: ThreadRealtimeItemTranscriptDeltaNotification1
}
/**
 * EXPERIMENTAL - text appended to an active realtime transcript item.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeItemTranscriptDeltaNotification".
 */
export interface ThreadRealtimeItemTranscriptDeltaNotification1 {
delta: string
itemId: string
threadId: string
}
export interface ThreadRealtimeItemCompletedNotification {
method: ThreadRealtimeItemCompletedNotificationMethod
params: ThreadRealtimeItemCompletedNotification1
}
/**
 * EXPERIMENTAL - a realtime timeline item published after canonical commit.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeItemCompletedNotification".
 */
export interface ThreadRealtimeItemCompletedNotification1 {
item: ThreadRealtimeItem
threadId: string
}
export interface ThreadRealtimeTranscriptDeltaNotification {
method: ThreadRealtimeTranscriptDeltaNotificationMethod
params: ThreadRealtimeTranscriptDeltaNotification1
}
/**
 * EXPERIMENTAL - flat transcript delta emitted whenever realtime transcript text changes.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeTranscriptDeltaNotification".
 */
export interface ThreadRealtimeTranscriptDeltaNotification1 {
/**
 * Live transcript delta from the realtime event.
 */
delta: string
role: string
threadId: string
}
export interface ThreadRealtimeTranscriptDoneNotification {
method: ThreadRealtimeTranscriptDoneNotificationMethod
params: ThreadRealtimeTranscriptDoneNotification1
}
/**
 * EXPERIMENTAL - final transcript text emitted when realtime completes a transcript part.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeTranscriptDoneNotification".
 */
export interface ThreadRealtimeTranscriptDoneNotification1 {
role: string
/**
 * Final complete text for the transcript part.
 */
text: string
threadId: string
}
export interface ThreadRealtimeOutputAudioDeltaNotification {
method: ThreadRealtimeOutputAudioDeltaNotificationMethod
params: ThreadRealtimeOutputAudioDeltaNotification1
}
/**
 * EXPERIMENTAL - streamed output audio emitted by thread realtime.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeOutputAudioDeltaNotification".
 */
export interface ThreadRealtimeOutputAudioDeltaNotification1 {
audio: ThreadRealtimeAudioChunk
threadId: string
}
/**
 * EXPERIMENTAL - thread realtime audio chunk.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeAudioChunk".
 */
export interface ThreadRealtimeAudioChunk {
data: string
itemId?: (string | null)
numChannels: number
sampleRate: number
samplesPerChannel?: (number | null)
}
export interface ThreadRealtimeSdpNotification {
method: ThreadRealtimeSdpNotificationMethod
params: ThreadRealtimeSdpNotification1
}
/**
 * EXPERIMENTAL - emitted with the remote SDP for a WebRTC realtime session.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeSdpNotification".
 */
export interface ThreadRealtimeSdpNotification1 {
sdp: string
threadId: string
}
export interface ThreadRealtimeErrorNotification {
method: ThreadRealtimeErrorNotificationMethod
params: ThreadRealtimeErrorNotification1
}
/**
 * EXPERIMENTAL - emitted when thread realtime encounters an error.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeErrorNotification".
 */
export interface ThreadRealtimeErrorNotification1 {
message: string
threadId: string
}
export interface ThreadRealtimeClosedNotification {
method: ThreadRealtimeClosedNotificationMethod
params: ThreadRealtimeClosedNotification1
}
/**
 * EXPERIMENTAL - emitted when thread realtime transport closes.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeClosedNotification".
 */
export interface ThreadRealtimeClosedNotification1 {
reason?: (string | null)
threadId: string
}
/**
 * Notifies the user of world-writable directories on Windows, which cannot be protected by the sandbox.
 */
export interface WindowsWorldWritableWarningNotification {
method: WindowsWorldWritableWarningNotificationMethod
params: WindowsWorldWritableWarningNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WindowsWorldWritableWarningNotification".
 */
export interface WindowsWorldWritableWarningNotification1 {
extraCount: number
failedScan: boolean
samplePaths: string[]
}
export interface WindowsSandboxSetupCompletedNotification {
method: WindowsSandboxSetupCompletedNotificationMethod
params: WindowsSandboxSetupCompletedNotification1
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WindowsSandboxSetupCompletedNotification".
 */
export interface WindowsSandboxSetupCompletedNotification1 {
error?: (string | null)
mode: WindowsSandboxSetupMode
success: boolean
}
export interface AccountLoginCompletedNotification1 {
method: AccountLoginCompletedNotificationMethod
params: AccountLoginCompletedNotification
}
export interface ServerNotification2 {
/**
 * Unix timestamp (in milliseconds) when app-server emitted this notification.
 */
emittedAtMs?: number
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillDependencies".
 */
export interface SkillDependencies {
tools: SkillToolDependency[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillToolDependency".
 */
export interface SkillToolDependency {
command?: (string | null)
description?: (string | null)
transport?: (string | null)
type: string
url?: (string | null)
value: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillErrorInfo".
 */
export interface SkillErrorInfo {
message: string
path: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillMetadata".
 */
export interface SkillMetadata {
dependencies?: (SkillDependencies | null)
description: string
enabled: boolean
interface?: (SkillInterface | null)
name: string
path: LegacyAppPathString
/**
 * Owning plugin ID, matching `PluginSummary.id`, when known.
 */
pluginId?: (string | null)
scope: SkillScope
/**
 * Legacy short_description from SKILL.md. Prefer SKILL.json interface.short_description.
 */
shortDescription?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillsConfigWriteResponse".
 */
export interface SkillsConfigWriteResponse {
effectiveEnabled: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillsExtraRootsSetResponse".
 */
export interface SkillsExtraRootsSetResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillsListEntry".
 */
export interface SkillsListEntry {
cwd: string
errors: SkillErrorInfo[]
skills: SkillMetadata[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "SkillsListResponse".
 */
export interface SkillsListResponse {
data: SkillsListEntry[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadApproveGuardianDeniedActionResponse".
 */
export interface ThreadApproveGuardianDeniedActionResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadArchiveResponse".
 */
export interface ThreadArchiveResponse {

}
/**
 * An independently persisted attachment associated with a thread.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachment".
 */
export interface ThreadAttachment {
attachmentType: string
createdAt: number
id: string
identityKey: string
payload: unknown
}
/**
 * The created or existing attachment.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentAddResponse".
 */
export interface ThreadAttachmentAddResponse {
attachment: ThreadAttachment
outcome: ThreadAttachmentAddOutcome
}
/**
 * One page of attachments associated with the requested thread.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentListResponse".
 */
export interface ThreadAttachmentListResponse {
data: ThreadAttachment[]
nextCursor?: (string | null)
}
/**
 * A thread that currently owns an attachment with the requested identity.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentOwner".
 */
export interface ThreadAttachmentOwner {
/**
 * Whether the owning thread is archived, not whether it is currently executing a turn.
 */
archived: boolean
threadId: string
}
/**
 * One page of matching owners, including threads without their own user messages.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentOwnerListResponse".
 */
export interface ThreadAttachmentOwnerListResponse {
data: ThreadAttachmentOwner[]
nextCursor?: (string | null)
}
/**
 * Successful deletion does not return additional attachment data.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadAttachmentRemoveResponse".
 */
export interface ThreadAttachmentRemoveResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadCompactStartResponse".
 */
export interface ThreadCompactStartResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadDeleteResponse".
 */
export interface ThreadDeleteResponse {

}
/**
 * An environment selected by a loaded thread, independent of connection status.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadEnvironment".
 */
export interface ThreadEnvironment {
cwd: LegacyAppPathString
environmentId: string
runtimeWorkspaceRoots: LegacyAppPathString[]
}
/**
 * Extra app-server data for a thread.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadExtra".
 */
export interface ThreadExtra {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadForkResponse".
 */
export interface ThreadForkResponse {
approvalPolicy: AskForApproval
/**
 * Reviewer currently used for approval requests on this thread.
 */
approvalsReviewer: ApprovalsReviewer
cwd: AbsolutePathBuf
/**
 * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
 */
disabledPluginIds?: string[]
/**
 * Environment-native paths to instruction source files currently loaded for this thread.
 */
instructionSources?: LegacyAppPathString[]
model: string
modelProvider: string
reasoningEffort?: (ReasoningEffort | null)
/**
 * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
 */
sandbox: SandboxPolicy
serviceTier?: (string | null)
thread: Thread
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadGoalClearResponse".
 */
export interface ThreadGoalClearResponse {
cleared: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadGoalGetResponse".
 */
export interface ThreadGoalGetResponse {
goal?: (ThreadGoal | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadGoalSetResponse".
 */
export interface ThreadGoalSetResponse {
goal: ThreadGoal
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadInjectItemsResponse".
 */
export interface ThreadInjectItemsResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadItemEntry".
 */
export interface ThreadItemEntry {
/**
 * Unix timestamp (milliseconds) when the item completed, if recorded by the producer.
 */
completedAtMs?: (number | null)
item: ThreadItem
/**
 * Unix timestamp (milliseconds) when the item started, if recorded by the producer.
 */
startedAtMs?: (number | null)
/**
 * Turn containing this item.
 */
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadItemsListResponse".
 */
export interface ThreadItemsListResponse {
/**
 * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one item.
 */
backwardsCursor?: (string | null)
data: ThreadItemEntry[]
/**
 * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
 */
nextCursor?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadListResponse".
 */
export interface ThreadListResponse {
/**
 * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped.
 */
backwardsCursor?: (string | null)
data: Thread[]
/**
 * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
 */
nextCursor?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadLoadedListResponse".
 */
export interface ThreadLoadedListResponse {
/**
 * Thread ids for sessions currently loaded in memory.
 */
data: string[]
/**
 * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
 */
nextCursor?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadMetadataUpdateResponse".
 */
export interface ThreadMetadataUpdateResponse {
thread: Thread
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadReadResponse".
 */
export interface ThreadReadResponse {
thread: Thread
}
export interface ReadThreadReadStateOperation {
type: ReadThreadReadStateOperationType
}
export interface UnreadThreadReadStateOperation {
type: UnreadThreadReadStateOperationType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeEntry".
 */
export interface ThreadRealtimeEntry {
item: ThreadRealtimeItem
position: number
}
/**
 * EXPERIMENTAL - role-bearing text item included when a realtime V3 session starts.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRealtimeInitialItem".
 */
export interface ThreadRealtimeInitialItem {
role: ConversationTextRole
text: string
}
export interface WebsocketThreadRealtimeStartTransport {
type: WebsocketThreadRealtimeStartTransportType
}
export interface WebrtcThreadRealtimeStartTransport {
/**
 * SDP offer generated by a WebRTC RTCPeerConnection after configuring audio and the realtime events data channel.
 */
sdp: string
type: WebrtcThreadRealtimeStartTransportType
}
export interface ExistingCallThreadRealtimeStartTransport {
/**
 * Identifier of a realtime call already created and negotiated by the client.
 */
callId: string
type: ExistingCallThreadRealtimeStartTransportType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadResumeInitialTurnsPageParams".
 */
export interface ThreadResumeInitialTurnsPageParams {
/**
 * How much item detail to include for each returned turn; defaults to summary.
 */
itemsView?: (TurnItemsView | null)
/**
 * Optional turn page size.
 */
limit?: (number | null)
/**
 * Optional turn pagination direction; defaults to descending.
 */
sortDirection?: (SortDirection | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadResumeResponse".
 */
export interface ThreadResumeResponse {
approvalPolicy: AskForApproval
/**
 * Reviewer currently used for approval requests on this thread.
 */
approvalsReviewer: ApprovalsReviewer
/**
 * Effective collaboration mode. Absent when resuming from an older server.
 */
collaborationMode?: (CollaborationMode | null)
cwd: AbsolutePathBuf
/**
 * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
 */
disabledPluginIds?: string[]
/**
 * Environment-native paths to instruction source files currently loaded for this thread.
 */
instructionSources?: LegacyAppPathString[]
/**
 * Opaque cursor for hydrating paginated items backwards.
 * 
 * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
 */
itemsBackwardsCursor?: (string | null)
model: string
modelProvider: string
reasoningEffort?: (ReasoningEffort | null)
/**
 * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
 */
sandbox: SandboxPolicy
serviceTier?: (string | null)
thread: Thread
/**
 * Opaque cursor for hydrating paginated turns backwards.
 * 
 * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
 */
turnsBackwardsCursor?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadRevertResponse".
 */
export interface ThreadRevertResponse {
/**
 * Opaque cursor for hydrating paginated items backwards.
 * 
 * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
 */
itemsBackwardsCursor?: (string | null)
/**
 * Updated loaded thread metadata. `turns` is always empty; hydrate retained history through `thread/turns/list`.
 */
thread: Thread
/**
 * Opaque cursor for hydrating paginated turns backwards.
 * 
 * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
 */
turnsBackwardsCursor?: (string | null)
}
/**
 * The independently persisted section created by the server.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionCreateResponse".
 */
export interface ThreadSectionCreateResponse {
section: ThreadSection
}
/**
 * Successful deletion does not return additional section data.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionDeleteResponse".
 */
export interface ThreadSectionDeleteResponse {

}
/**
 * One page of independently persisted thread sections.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionListResponse".
 */
export interface ThreadSectionListResponse {
data: ThreadSection[]
/**
 * Opaque cursor for the next page, or `null` when no sections remain.
 */
nextCursor?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionMoveResponse".
 */
export interface ThreadSectionMoveResponse {

}
/**
 * The independently persisted section after its name is updated.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSectionUpdateResponse".
 */
export interface ThreadSectionUpdateResponse {
section: ThreadSection
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadSetNameResponse".
 */
export interface ThreadSetNameResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadShellCommandResponse".
 */
export interface ThreadShellCommandResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadStartResponse".
 */
export interface ThreadStartResponse {
approvalPolicy: AskForApproval
/**
 * Reviewer currently used for approval requests on this thread.
 */
approvalsReviewer: ApprovalsReviewer
cwd: AbsolutePathBuf
/**
 * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
 */
disabledPluginIds?: string[]
/**
 * Environment-native paths to instruction source files currently loaded for this thread.
 */
instructionSources?: LegacyAppPathString[]
model: string
modelProvider: string
reasoningEffort?: (ReasoningEffort | null)
/**
 * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
 */
sandbox: SandboxPolicy
serviceTier?: (string | null)
thread: Thread
}
export interface ItemThreadTimelineEntry {
item: ThreadItem
position: number
turnId: string
type: ItemThreadTimelineEntryType
}
export interface RealtimeThreadTimelineEntry {
item: ThreadRealtimeItem
position: number
type: RealtimeThreadTimelineEntryType
}
export interface TurnStartedThreadTimelineEntry {
position: number
started_at?: (number | null)
turn_id: string
type: TurnStartedThreadTimelineEntryType
}
export interface TurnCompletedThreadTimelineEntry {
completed_at?: (number | null)
duration_ms?: (number | null)
error?: (TurnError | null)
position: number
started_at?: (number | null)
status: TurnStatus
turn_id: string
type: TurnCompletedThreadTimelineEntryType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadTurnsListResponse".
 */
export interface ThreadTurnsListResponse {
/**
 * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one turn. Use it with the opposite `sortDirection` to include the anchor turn again and catch updates to that turn.
 */
backwardsCursor?: (string | null)
data: Turn[]
/**
 * Opaque cursor to pass to the next call to continue after the last turn. if None, there are no more turns to return.
 */
nextCursor?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadUnarchiveResponse".
 */
export interface ThreadUnarchiveResponse {
thread: Thread
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ThreadUnsubscribeResponse".
 */
export interface ThreadUnsubscribeResponse {
status: ThreadUnsubscribeStatus
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnEnvironmentParams".
 */
export interface TurnEnvironmentParams {
cwd: LegacyAppPathString
environmentId: string
/**
 * Environment-native runtime workspace roots. Omitted defaults to `cwd`.
 */
runtimeWorkspaceRoots?: (LegacyAppPathString[] | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnInterruptResponse".
 */
export interface TurnInterruptResponse {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnStartResponse".
 */
export interface TurnStartResponse {
turn: Turn
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnSteerResponse".
 */
export interface TurnSteerResponse {
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "TurnsPage".
 */
export interface TurnsPage {
backwardsCursor?: (string | null)
data: Turn[]
nextCursor?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WindowsSandboxReadinessResponse".
 */
export interface WindowsSandboxReadinessResponse {
status: WindowsSandboxReadiness
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WindowsSandboxSetupStartResponse".
 */
export interface WindowsSandboxSetupStartResponse {
started: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "WorkspaceRouting".
 */
export interface WorkspaceRouting {
accountRoutingOverride: AccountRoutingOverride
backendOrigin: string
chatgptAccountId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AdditionalPermissionProfile".
 */
export interface AdditionalPermissionProfile {
fileSystem?: (AdditionalFileSystemPermissions | null)
/**
 * Partial overlay used for per-command permission requests.
 */
network?: (AdditionalNetworkPermissions | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ApplyPatchApprovalParams".
 */
export interface ApplyPatchApprovalParams {
/**
 * Use to correlate this with [codex_protocol::protocol::PatchApplyBeginEvent] and [codex_protocol::protocol::PatchApplyEndEvent].
 */
callId: string
conversationId: ThreadId
fileChanges: {
[k: string]: FileChange | undefined
}
/**
 * When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today).
 */
grantRoot?: (string | null)
/**
 * Optional explanatory reason (e.g. request for extra write access).
 */
reason?: (string | null)
}
export interface AddFileChange {
content: string
type: AddFileChangeType
}
export interface DeleteFileChange {
content: string
type: DeleteFileChangeType
}
export interface UpdateFileChange {
move_path?: (string | null)
type: UpdateFileChangeType
unified_diff: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ApplyPatchApprovalResponse".
 */
export interface ApplyPatchApprovalResponse {
decision: ReviewDecision
}
/**
 * User has approved this command and wants to apply the proposed execpolicy amendment so future matching commands are permitted.
 */
export interface ApprovedExecpolicyAmendmentReviewDecision {
approved_execpolicy_amendment: {
proposed_execpolicy_amendment: string[]
}
}
/**
 * User chose to persist a network policy rule (allow/deny) for future requests to the same host.
 */
export interface NetworkPolicyAmendmentReviewDecision {
network_policy_amendment: {
network_policy_amendment: NetworkPolicyAmendment
}
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NetworkPolicyAmendment".
 */
export interface NetworkPolicyAmendment {
action: NetworkPolicyRuleAction
host: string
}
/**
 * User has denied this command and the agent should not execute it, but it should continue the session and try something else.
 */
export interface DeniedReviewDecision {
denied: {
rejection: string
}
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AttestationGenerateParams".
 */
export interface AttestationGenerateParams {

}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "AttestationGenerateResponse".
 */
export interface AttestationGenerateResponse {
/**
 * Opaque client attestation token.
 */
token: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ChatgptAuthTokensRefreshParams".
 */
export interface ChatgptAuthTokensRefreshParams {
/**
 * Workspace/account identifier that Codex was previously using.
 * 
 * Clients that manage multiple accounts/workspaces can use this as a hint to refresh the token for the correct workspace.
 * 
 * This may be `null` when the prior auth state did not include a workspace identifier (`chatgpt_account_id`).
 */
previousAccountId?: (string | null)
reason: ChatgptAuthTokensRefreshReason
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ChatgptAuthTokensRefreshResponse".
 */
export interface ChatgptAuthTokensRefreshResponse {
accessToken: string
chatgptAccountId: string
chatgptPlanType?: (string | null)
}
export interface InitializedNotification {
method: InitializedNotificationMethod
}
/**
 * User approved the command, and wants to apply the proposed execpolicy amendment so future matching commands can run without prompting.
 */
export interface AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision {
acceptWithExecpolicyAmendment: {
execpolicy_amendment: string[]
}
}
/**
 * User chose a persistent network policy rule (allow/deny) for this host.
 */
export interface ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision {
applyNetworkPolicyAmendment: {
network_policy_amendment: NetworkPolicyAmendment
}
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecutionRequestApprovalParams".
 */
export interface CommandExecutionRequestApprovalParams {
/**
 * Unique identifier for this specific approval callback.
 * 
 * For regular shell/unified_exec approvals, this is null.
 * 
 * For zsh-exec-bridge subcommand approvals, multiple callbacks can belong to one parent `itemId`, so `approvalId` is a distinct opaque callback id (a UUID) used to disambiguate routing. Stdin approvals also use a distinct callback id; inspect `kind` to distinguish them.
 */
approvalId?: (string | null)
/**
 * The command to be executed.
 */
command?: (string | null)
/**
 * Best-effort parsed command actions for friendly display.
 */
commandActions?: (CommandAction[] | null)
/**
 * The command's working directory.
 */
cwd?: (LegacyAppPathString | null)
/**
 * Environment in which the command will run.
 */
environmentId?: (string | null)
itemId: string
/**
 * Kind of action under review. Defaults to `command` for older servers.
 */
kind?: (CommandExecutionApprovalKind & string)
/**
 * Optional context for a managed-network approval prompt.
 */
networkApprovalContext?: (NetworkApprovalContext | null)
/**
 * Optional proposed execpolicy amendment to allow similar commands without prompting.
 */
proposedExecpolicyAmendment?: (string[] | null)
/**
 * Optional proposed network policy amendments (allow/deny host) for future requests.
 */
proposedNetworkPolicyAmendments?: (NetworkPolicyAmendment[] | null)
/**
 * Optional explanatory reason (e.g. request for network access).
 */
reason?: (string | null)
/**
 * Unix timestamp (in milliseconds) when this approval request started.
 */
startedAtMs: number
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "NetworkApprovalContext".
 */
export interface NetworkApprovalContext {
host: string
protocol: NetworkApprovalProtocol
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "CommandExecutionRequestApprovalResponse".
 */
export interface CommandExecutionRequestApprovalResponse {
decision: CommandExecutionApprovalDecision
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "DynamicToolCallParams".
 */
export interface DynamicToolCallParams {
arguments: unknown
callId: string
namespace?: (string | null)
threadId: string
tool: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "DynamicToolCallResponse".
 */
export interface DynamicToolCallResponse {
contentItems: DynamicToolCallOutputContentItem[]
success: boolean
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExecCommandApprovalParams".
 */
export interface ExecCommandApprovalParams {
/**
 * Identifier for this specific approval callback.
 */
approvalId?: (string | null)
/**
 * Use to correlate this with [codex_protocol::protocol::ExecCommandBeginEvent] and [codex_protocol::protocol::ExecCommandEndEvent].
 */
callId: string
command: string[]
conversationId: ThreadId
cwd: string
parsedCmd: ParsedCommand[]
reason?: (string | null)
}
export interface ReadParsedCommand {
cmd: string
name: string
/**
 * (Best effort) Path to the file being read by the command. When possible, this is an absolute path, though when relative, it should be resolved against the `cwd`` that will be used to run the command to derive the absolute path.
 */
path: string
type: ReadParsedCommandType
}
export interface ListFilesParsedCommand {
cmd: string
path?: (string | null)
type: ListFilesParsedCommandType
}
export interface SearchParsedCommand {
cmd: string
path?: (string | null)
query?: (string | null)
type: SearchParsedCommandType
}
export interface UnknownParsedCommand {
cmd: string
type: UnknownParsedCommandType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ExecCommandApprovalResponse".
 */
export interface ExecCommandApprovalResponse {
decision: ReviewDecision
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FileChangeRequestApprovalParams".
 */
export interface FileChangeRequestApprovalParams {
/**
 * [UNSTABLE] When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today).
 */
grantRoot?: (string | null)
itemId: string
/**
 * Optional explanatory reason (e.g. request for extra write access).
 */
reason?: (string | null)
/**
 * Unix timestamp (in milliseconds) when this approval request started.
 */
startedAtMs: number
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FileChangeRequestApprovalResponse".
 */
export interface FileChangeRequestApprovalResponse {
decision: FileChangeApprovalDecision
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "FuzzyFileSearchResponse".
 */
export interface FuzzyFileSearchResponse {
files: FuzzyFileSearchResult[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "GrantedPermissionProfile".
 */
export interface GrantedPermissionProfile {
fileSystem?: (AdditionalFileSystemPermissions | null)
network?: (AdditionalNetworkPermissions | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "InitializeResponse".
 */
export interface InitializeResponse {
/**
 * Absolute path to the server's $CODEX_HOME directory.
 */
codexHome: AbsolutePathBuf
/**
 * Platform family for the running app-server target, for example `"unix"` or `"windows"`.
 */
platformFamily: string
/**
 * Operating system for the running app-server target, for example `"macos"`, `"linux"`, or `"windows"`.
 */
platformOs: string
userAgent: string
}
/**
 * A response to a request that indicates an error occurred.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "JSONRPCError".
 */
export interface JSONRPCError {
error: JSONRPCErrorError
id: RequestId
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "JSONRPCErrorError".
 */
export interface JSONRPCErrorError {
code: number
data?: unknown
message: string
}
/**
 * A request that expects a response.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "JSONRPCRequest".
 */
export interface JSONRPCRequest {
id: RequestId
method: string
params?: unknown
/**
 * Optional W3C Trace Context for distributed tracing.
 */
trace?: (W3CTraceContext | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "W3cTraceContext".
 */
export interface W3CTraceContext {
traceparent?: (string | null)
tracestate?: (string | null)
}
/**
 * A notification which does not expect a response.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "JSONRPCNotification".
 */
export interface JSONRPCNotification {
method: string
params?: unknown
}
/**
 * A successful (non-error) response to a request.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "JSONRPCResponse".
 */
export interface JSONRPCResponse {
id: RequestId
result: unknown
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationBooleanSchema".
 */
export interface McpElicitationBooleanSchema {
default?: (boolean | null)
description?: (string | null)
title?: (string | null)
type: McpElicitationBooleanType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationConstOption".
 */
export interface McpElicitationConstOption {
const: string
title: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationUntitledSingleSelectEnumSchema".
 */
export interface McpElicitationUntitledSingleSelectEnumSchema {
default?: (string | null)
description?: (string | null)
enum: string[]
title?: (string | null)
type: McpElicitationStringType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationTitledSingleSelectEnumSchema".
 */
export interface McpElicitationTitledSingleSelectEnumSchema {
default?: (string | null)
description?: (string | null)
oneOf: McpElicitationConstOption[]
title?: (string | null)
type: McpElicitationStringType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationUntitledMultiSelectEnumSchema".
 */
export interface McpElicitationUntitledMultiSelectEnumSchema {
default?: (string[] | null)
description?: (string | null)
items: McpElicitationUntitledEnumItems
maxItems?: (number | null)
minItems?: (number | null)
title?: (string | null)
type: McpElicitationArrayType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationUntitledEnumItems".
 */
export interface McpElicitationUntitledEnumItems {
enum: string[]
type: McpElicitationStringType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationTitledMultiSelectEnumSchema".
 */
export interface McpElicitationTitledMultiSelectEnumSchema {
default?: (string[] | null)
description?: (string | null)
items: McpElicitationTitledEnumItems
maxItems?: (number | null)
minItems?: (number | null)
title?: (string | null)
type: McpElicitationArrayType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationTitledEnumItems".
 */
export interface McpElicitationTitledEnumItems {
anyOf: McpElicitationConstOption[]
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationLegacyTitledEnumSchema".
 */
export interface McpElicitationLegacyTitledEnumSchema {
default?: (string | null)
description?: (string | null)
enum: string[]
enumNames?: (string[] | null)
title?: (string | null)
type: McpElicitationStringType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationNumberSchema".
 */
export interface McpElicitationNumberSchema {
default?: (number | null)
description?: (string | null)
maximum?: (number | null)
minimum?: (number | null)
title?: (string | null)
type: McpElicitationNumberType
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationStringSchema".
 */
export interface McpElicitationStringSchema {
default?: (string | null)
description?: (string | null)
format?: (McpElicitationStringFormat | null)
maxLength?: (number | null)
minLength?: (number | null)
title?: (string | null)
type: McpElicitationStringType
}
/**
 * Typed form schema for MCP `elicitation/create` requests.
 * 
 * This matches the `requestedSchema` shape from the MCP 2025-11-25 `ElicitRequestFormParams` schema.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpElicitationSchema".
 */
export interface McpElicitationSchema {
$schema?: (string | null)
properties: {
[k: string]: McpElicitationPrimitiveSchema | undefined
}
required?: (string[] | null)
type: McpElicitationObjectType
}
export interface McpServerElicitationRequestParams2 {
/**
 * Registration scope, not necessarily the server's execution environment.
 */
environmentId?: (string | null)
serverName: string
threadId: string
/**
 * Active Codex turn when this elicitation was observed, if app-server could correlate one.
 * 
 * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
 */
turnId?: (string | null)
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "McpServerElicitationRequestResponse".
 */
export interface McpServerElicitationRequestResponse {
/**
 * Optional client metadata for form-mode action handling.
 */
_meta?: {
[k: string]: unknown | undefined
}
action: McpServerElicitationAction
/**
 * Structured user input for accepted elicitations, mirroring RMCP `CreateElicitationResult`.
 * 
 * This is nullable because decline/cancel responses have no content.
 */
content?: {
[k: string]: unknown | undefined
}
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PermissionsRequestApprovalParams".
 */
export interface PermissionsRequestApprovalParams {
cwd: LegacyAppPathString
environmentId?: (string | null)
itemId: string
permissions: RequestPermissionProfile
reason?: (string | null)
/**
 * Unix timestamp (in milliseconds) when this approval request started.
 */
startedAtMs: number
threadId: string
turnId: string
}
/**
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "PermissionsRequestApprovalResponse".
 */
export interface PermissionsRequestApprovalResponse {
permissions: GrantedPermissionProfile
scope?: (PermissionGrantScope & string)
/**
 * Review every subsequent command in this turn before normal sandboxed execution.
 */
strictAutoReview?: (boolean | null)
}
/**
 * NEW APIs Sent when approval is requested for a specific command execution. This request is used for Turns started via turn/start.
 */
export interface ItemCommandExecutionRequestApprovalRequest {
id: RequestId
method: ItemCommandExecutionRequestApprovalRequestMethod
params: CommandExecutionRequestApprovalParams
}
/**
 * Sent when approval is requested for a specific file change. This request is used for Turns started via turn/start.
 */
export interface ItemFileChangeRequestApprovalRequest {
id: RequestId
method: ItemFileChangeRequestApprovalRequestMethod
params: FileChangeRequestApprovalParams
}
/**
 * EXPERIMENTAL - Request input from the user for a tool call.
 */
export interface ItemToolRequestUserInputRequest {
id: RequestId
method: ItemToolRequestUserInputRequestMethod
params: ToolRequestUserInputParams
}
/**
 * EXPERIMENTAL. Params sent with a request_user_input event.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ToolRequestUserInputParams".
 */
export interface ToolRequestUserInputParams {
/**
 * @deprecated Use `isBlocking` to decide whether the request should block.
 */
autoResolutionMs?: (number | null)
isBlocking: boolean
itemId: string
questions: ToolRequestUserInputQuestion[]
threadId: string
turnId: string
}
/**
 * EXPERIMENTAL. Represents one request_user_input question and its required options.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ToolRequestUserInputQuestion".
 */
export interface ToolRequestUserInputQuestion {
header: string
id: string
isOther?: boolean
isSecret?: boolean
options?: (ToolRequestUserInputOption[] | null)
question: string
}
/**
 * EXPERIMENTAL. Defines a single selectable option for request_user_input.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ToolRequestUserInputOption".
 */
export interface ToolRequestUserInputOption {
description: string
label: string
}
/**
 * Request input for an MCP server elicitation.
 */
export interface McpServerElicitationRequestRequest {
id: RequestId
method: McpServerElicitationRequestRequestMethod
params: McpServerElicitationRequestParams
}
/**
 * Request approval for additional permissions from the user.
 */
export interface ItemPermissionsRequestApprovalRequest {
id: RequestId
method: ItemPermissionsRequestApprovalRequestMethod
params: PermissionsRequestApprovalParams
}
/**
 * Execute a dynamic tool call on the client.
 */
export interface ItemToolCallRequest {
id: RequestId
method: ItemToolCallRequestMethod
params: DynamicToolCallParams
}
export interface AccountChatgptAuthTokensRefreshRequest {
id: RequestId
method: AccountChatgptAuthTokensRefreshRequestMethod
params: ChatgptAuthTokensRefreshParams
}
/**
 * Generate a fresh upstream attestation result on demand.
 */
export interface AttestationGenerateRequest {
id: RequestId
method: AttestationGenerateRequestMethod
params: AttestationGenerateParams
}
/**
 * DEPRECATED APIs below Request to approve a patch. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage).
 */
export interface ApplyPatchApprovalRequest {
id: RequestId
method: ApplyPatchApprovalRequestMethod
params: ApplyPatchApprovalParams
}
/**
 * Request to exec a command. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage).
 */
export interface ExecCommandApprovalRequest {
id: RequestId
method: ExecCommandApprovalRequestMethod
params: ExecCommandApprovalParams
}
/**
 * EXPERIMENTAL. Captures a user's answer to a request_user_input question.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ToolRequestUserInputAnswer".
 */
export interface ToolRequestUserInputAnswer {
answers: string[]
}
/**
 * EXPERIMENTAL. Response payload mapping question ids to answers.
 * 
 * This interface was referenced by `CodexAppServerProtocol`'s JSON-Schema
 * via the `definition` "ToolRequestUserInputResponse".
 */
export interface ToolRequestUserInputResponse {
answers: {
[k: string]: ToolRequestUserInputAnswer | undefined
}
}
