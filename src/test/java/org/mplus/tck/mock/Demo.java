package org.mplus.tck.mock;

/** The demo fixture's values (mock-server/fixture.json), as the README fixes them. */
final class Demo {

    static final String ACCOUNT_SID = "aaf98f8952f7367a0153084e29b80d9c";
    static final String AUTH_TOKEN = "c7e4f5a9b3d24e1f8a6b0c2d4e6f8a1b";
    static final String APP_ID = "8aaf07085f5c54cf015f5c8ca1ab0001";
    static final String XW_APP = "xw-demo-app";
    static final String XW_TOKEN = "xwt-7f3a9c2e51b84d06a1c5e9b2";
    static final String ME = "zhangsan";
    static final String LISI = "lisi";
    static final String WANGWU = "wangwu";
    static final String GROUP = "gg800895384";

    private Demo() {
    }
}
