package org.mplus.tck.mock.proxy;

import com.github.tomakehurst.wiremock.http.ssl.CertificateAuthority;
import com.github.tomakehurst.wiremock.http.ssl.CertificateGenerationUnsupportedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.mplus.tck.mock.MockStartException;

/**
 * The kit's own certificate authority, which signs the certificates the proxy presents for the vendors' hosts: made
 * on first use, one per installation, and kept in a keystore beside the user's settings, never in the kit's jar (a
 * CA whose key ships with the kit would let anyone sign for any host on every device that trusts it).
 *
 * @param keystore    where it is kept (a JKS keystore, readable by its owner only)
 * @param certificate its certificate, for installing on a test device
 */
public record KitCertificateAuthority(Path keystore, X509Certificate certificate) {

    /** The keystore's password: the file's owner-only permissions protect it, not this. */
    public static final String PASSWORD = "mplus-tck";
    public static final String TYPE = "JKS";
    /** The kit's settings folder, if set; else $XDG_CONFIG_HOME/mplus-tck, else ~/.mplus-tck. */
    public static final String HOME_VARIABLE = "MPLUS_TCK_HOME";
    public static final String FILE_NAME = "ca.jks";
    /** What a JVM needs for WireMock to make certificates; java -jar mplus-tck.jar has it from the jar's manifest. */
    public static final String JVM_FLAG = "--add-exports java.base/sun.security.x509=ALL-UNNAMED";

    private static final String ALIAS = "mplus-tck-ca";
    private static final int PEM_LINE = 64;

    public KitCertificateAuthority {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(certificate, "certificate");
    }

    /** Where this installation keeps its CA, from the environment. */
    public static Path defaultKeystore() {
        return settingsFolder(System.getenv(), Path.of(System.getProperty("user.home"))).resolve(FILE_NAME);
    }

    static Path settingsFolder(Map<String, String> env, Path home) {
        String own = env.get(HOME_VARIABLE);
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "mplus-tck") : home.resolve(".mplus-tck");
    }

    /**
     * The CA kept at {@code keystore}, made there first if there is none. Mocks starting at once, in this process
     * or in others, make one CA between them (a file lock is held by a process: threads take turns here first).
     *
     * @throws MockStartException saying what is wrong with the file or the JVM, and what to do
     */
    public static synchronized KitCertificateAuthority at(Path keystore) {
        requireCertificateMaking();
        Path file = keystore.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel lockFile = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockFile.lock()) {
                if (!Files.exists(file)) {
                    create(file);
                }
                return new KitCertificateAuthority(file, read(file));
            }
        } catch (IOException e) {
            throw new MockStartException("cannot keep the kit's CA at " + file + ": " + e.getMessage()
                    + " (set " + HOME_VARIABLE + " to a folder of yours)", e);
        }
    }

    /**
     * WireMock makes the CA and each host's certificate with the JDK's internal X.509 classes, which a JVM lends
     * only when told to: without them it would fall back to presenting the CA itself for every host, silently.
     */
    private static void requireCertificateMaking() {
        Module x509 = ModuleLayer.boot().findModule("java.base").orElseThrow();
        if (!x509.isExported("sun.security.x509", CertificateAuthority.class.getModule())) {
            throw new MockStartException("the vendor proxy makes certificates with the JDK's X.509 classes, which"
                    + " this JVM does not lend: start it with " + JVM_FLAG + " (java -jar mplus-tck.jar does)");
        }
    }

    private static void create(Path file) throws IOException {
        try {
            CertificateAuthority ca = CertificateAuthority.generateCertificateAuthority();
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(null, null);
            store.setKeyEntry(ALIAS, ca.key(), PASSWORD.toCharArray(), ca.certificateChain());
            Path partial = Files.createTempFile(file.getParent(), FILE_NAME, ".partial");
            ownerOnly(partial);
            try (OutputStream out = Files.newOutputStream(partial)) {
                store.store(out, PASSWORD.toCharArray());
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (CertificateGenerationUnsupportedException | GeneralSecurityException e) {
            throw new MockStartException("cannot make the kit's CA: " + e.getMessage(), e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static X509Certificate read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(in, PASSWORD.toCharArray());
            Certificate cert = store.getCertificate(ALIAS);
            if (!(cert instanceof X509Certificate x509) || !store.isKeyEntry(ALIAS)) {
                throw new GeneralSecurityException("it holds no key named " + ALIAS);
            }
            return x509;
        } catch (IOException | GeneralSecurityException e) {
            throw new MockStartException("cannot read the kit's CA at " + file + ": " + e.getMessage()
                    + ". Delete the file to have a new CA made (then install the new one on your test devices)", e);
        }
    }

    /** The certificate as PEM, the form phones and browsers install. */
    public String pem() {
        try {
            String base64 = Base64.getMimeEncoder(PEM_LINE, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the kit's CA cannot be encoded: " + e.getMessage(), e);
        }
    }

    /** An SSL context for clients that trusts this CA alone (not the JDK's): what a device that installed it does. */
    public SSLContext clientContext() {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry(ALIAS, certificate);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the JVM cannot make a TLS context: " + e.getMessage(), e);
        }
    }

    /**
     * The base64 SHA-256 of its public key (SubjectPublicKeyInfo): what Chromium's
     * {@code --ignore-certificate-errors-spki-list} takes, to trust this CA alone without installing it.
     */
    public String spkiSha256() {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(certificate.getPublicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
