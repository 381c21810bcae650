// mplus.d.ts: the mplus bridge's IM聊天接口 for TypeScript and editors.
// Generated from schemas/catalog.json by org.mplus.tck.spec.TypeScriptDeclarations; do not edit by hand
// (regenerate: mvn -B test -Dtest=TypeScriptDeclarationsTest -Dmplus.tck.writeDocs=true).
// Use: save it beside your code and add /// <reference path="mplus.d.ts" /> (or list it in tsconfig).

declare namespace mplus {
  /** What fail(res) receives. */
  interface FailResult {
    /** 错误提示: why the call failed, for a person (a non-empty string). */
    errMsg: string;
    [field: string]: unknown;
  }

  /** What success(res) receives: an object; bridges may add fields, such as errMsg: 'sendChatMessage:ok'. */
  interface SuccessResult {
    errMsg?: string;
    [field: string]: unknown;
  }

  /** Every call takes both, both optional: exactly one is called, once, after the call returned. */
  interface Callbacks<Result> {
    success?: (res: Result) => void;
    fail?: (res: FailResult) => void;
  }

  /** http or https, in any case: the network images' schemes. */
  type HttpScheme = `${'h' | 'H'}${'t' | 'T'}${'t' | 'T'}${'p' | 'P'}${'' | 's' | 'S'}`;

  /** imgUrl链接格式 (spec line 373): The share icon: a network image, an image packed in the client, or an enterprise app resource. */
  type ImgUrl = `${HttpScheme}://${string}` | `local:${string}` | `app_local:4:${string}:${string}`;

  /** link链接格式 (spec line 385): The shared link: SCHEME://APPTYPE:APPID/param… opening an ExMobi, native or H5 app. */
  type Link = `${string}://${1 | 4}:${string}` | `${string}://2:${string}##${string}`;

  /** getImType's success(res). */
  interface GetImTypeResult extends SuccessResult {
    /** 0：先维IM；1：容联云 */
    imType: 0 | 1;
  }

  /** The options of getImType (获取IM类型). */
  interface GetImTypeOptions extends Callbacks<GetImTypeResult> {}

  /**
   * 获取IM类型: Tells which IM vendor the client runs on.
   * Vendors: 先维IM (imType 0), 容联云 (imType 1).
   * Spec: schemas/spec/im-chat-api.zh-CN.md, line 4.
   */
  function getImType(options?: GetImTypeOptions): void;

  /** The options of sendMessage (发送消息给用户或群组（容联云）). */
  interface SendMessageOptions extends Callbacks<SuccessResult> {
    /** im用户或群组账号: required, a non-empty string; a user or a group account. */
    imaccount: string;
    /** 发送内容: required, a non-empty string. */
    message: string;
  }

  /**
   * 发送消息给用户或群组（容联云）: Sends a text message to a user or a group (容联云 only).
   * Vendors: 容联云 (imType 1); on any other vendor it fails.
   * Spec: schemas/spec/im-chat-api.zh-CN.md, line 36.
   */
  function sendMessage(options: SendMessageOptions): void;

  /** The options of sendChatMessage (发送消息给用户). */
  interface SendChatMessageOptions extends Callbacks<SuccessResult> {
    /** im用户账号: required, a non-empty string; a user account. */
    imaccount: string;
    /** 发送内容: required, a non-empty string. */
    message: string;
  }

  /**
   * 发送消息给用户: Sends a text message to one user.
   * Vendors: 先维IM (imType 0), 容联云 (imType 1).
   * Spec: schemas/spec/im-chat-api.zh-CN.md, line 83.
   */
  function sendChatMessage(options: SendChatMessageOptions): void;

  /** The options of sendGroupMessage (发送消息给群组). */
  interface SendGroupMessageOptions extends Callbacks<SuccessResult> {
    /** im群组账号: required, a non-empty string; a group account. */
    imaccount: string;
    /** 发送内容: required, a non-empty string. */
    message: string;
  }

  /**
   * 发送消息给群组: Sends a text message to one group.
   * Vendors: 先维IM (imType 0), 容联云 (imType 1).
   * Spec: schemas/spec/im-chat-api.zh-CN.md, line 130.
   */
  function sendGroupMessage(options: SendGroupMessageOptions): void;

  /** The options of showMessage (显示聊天界面（容联云）). */
  interface ShowMessageOptions extends Callbacks<SuccessResult> {
    /** im用户账号: required, a non-empty string; a user account. */
    imaccount: string;
    /** 用户名称: required, a non-empty string. */
    name: string;
  }

  /**
   * 显示聊天界面（容联云）: Opens the chat with a user (容联云 only).
   * Vendors: 容联云 (imType 1); on any other vendor it fails.
   * Spec: schemas/spec/im-chat-api.zh-CN.md, line 177.
   */
  function showMessage(options: ShowMessageOptions): void;

  /** The options of showChatMessage (显示单个聊天界面). */
  interface ShowChatMessageOptions extends Callbacks<SuccessResult> {
    /** im用户账号: required, a non-empty string; a user account. */
    imaccount: string;
    /** 用户名称: required, a non-empty string. */
    name: string;
  }

  /**
   * 显示单个聊天界面: Opens the chat with a user.
   * Vendors: 先维IM (imType 0), 容联云 (imType 1).
   * Spec: schemas/spec/im-chat-api.zh-CN.md, line 222.
   */
  function showChatMessage(options: ShowChatMessageOptions): void;

  /** The options of showGroupMessage (显示群组聊天界面). */
  interface ShowGroupMessageOptions extends Callbacks<SuccessResult> {
    /** im群组账号: required, a non-empty string; a group account. */
    imaccount: string;
    /** 群名: required, a non-empty string. */
    name: string;
  }

  /**
   * 显示群组聊天界面: Opens the chat of a group.
   * Vendors: 先维IM (imType 0), 容联云 (imType 1).
   * Spec: schemas/spec/im-chat-api.zh-CN.md, line 268.
   */
  function showGroupMessage(options: ShowGroupMessageOptions): void;

  /** The options of shareIMUI (分享h5应用到IM(5.2.0)). */
  interface ShareIMUIOptions extends Callbacks<SuccessResult> {
    /** 分享标题: required, a non-empty string. */
    title: string;
    /** 分享描述: optional, a string when given. */
    desc?: string;
    /** 分享应用名: optional, a string when given. */
    appname?: string;
    /** 分享应用id: required, a non-empty string. */
    appid: string;
    /** 分享图标，见imgUrl链接格式定义: optional, a string when given; format imgUrl链接格式 (spec line 373): The share icon: a network image, an image packed in the client, or an enterprise app resource. Empty: none. */
    imgUrl?: ImgUrl | '';
    /** 分享链接，见link链接格式: required, a non-empty string; format link链接格式 (spec line 385): The shared link: SCHEME://APPTYPE:APPID/param… opening an ExMobi, native or H5 app. */
    link: Link;
  }

  /**
   * 分享h5应用到IM(5.2.0): Shares an H5 app as a link card to a contact or group the user picks (client 5.2.0 and later).
   * Vendors: 先维IM (imType 0), 容联云 (imType 1).
   * Since client 5.2.0.
   * Spec: schemas/spec/im-chat-api.zh-CN.md, line 317.
   */
  function shareIMUI(options: ShareIMUIOptions): void;
}

/**
 * window.mplusTckUser: the user at the share picker, played by mplus-tck.
 * The kit sets window.mplusTckUser before a call that needs the user's pick. A test build of the bridge reads it
 * where it would show its share picker: when it is an object with shareTo, the bridge takes that pick (null: the
 * user cancels) without showing the picker; otherwise it asks the user as usual. The kit notes whether the
 * bridge read it during the call.
 * Calls: shareIMUI. Guide: docs/hooks.md.
 */
interface MplusTckUser {
  /** the account the user picks (a user's or a group's imaccount), or null: the user cancels. */
  shareTo: string | null;
}

interface Window {
  mplus: typeof mplus;
  /** Test hook, set by mplus-tck in its test pages only: the user at the share picker. See MplusTckUser. */
  mplusTckUser?: MplusTckUser;
}

interface DocumentEventMap {
  /** Dispatched on document once window.mplus is ready: document.addEventListener('plusready', …). */
  plusready: Event;
}
