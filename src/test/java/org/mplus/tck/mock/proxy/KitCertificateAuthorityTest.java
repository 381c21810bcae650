package org.mplus.tck.mock.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplus.tck.mock.MockStartException;

/** The kit's CA: where it lives, one per installation, its PEM and key hash, and a spoiled file said plainly. */
class KitCertificateAuthorityTest {

    @Test
    void itLivesInTheKitsSettingsFolder() {
        Path home = Path.of("/home/dev");
        assertEquals(Path.of("/elsewhere"), KitCertificateAuthority.settingsFolder(
                Map.of("MPLUS_TCK_HOME", "/elsewhere", "XDG_CONFIG_HOME", "/xdg"), home));
        assertEquals(Path.of("/xdg/mplus-tck"), KitCertificateAuthority.settingsFolder(
                Map.of("XDG_CONFIG_HOME", "/xdg"), home));
        assertEquals(Path.of("/home/dev/.mplus-tck"), KitCertificateAuthority.settingsFolder(Map.of(), home));
        assertEquals(Path.of("/home/dev/.mplus-tck"), KitCertificateAuthority.settingsFolder(
                Map.of("MPLUS_TCK_HOME", " "), home));
    }

    @Test
    void mocksStartingAtOnceMakeOneCaBetweenThem(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("new").resolve("ca.jks");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<X509Certificate> start = () -> KitCertificateAuthority.at(keystore).certificate();
            List<Future<X509Certificate>> made = pool.invokeAll(List.of(start, start, start, start));
            X509Certificate first = made.get(0).get();
            for (Future<X509Certificate> other : made) {
                assertEquals(first, other.get());
            }
            assertEquals(first, KitCertificateAuthority.at(keystore).certificate());
            assertTrue(first.getBasicConstraints() >= 0, "a CA certificate: " + first);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void itsPemAndKeyHashAreOfItsCertificate(@TempDir Path dir) throws Exception {
        KitCertificateAuthority ca = KitCertificateAuthority.at(dir.resolve("ca.jks"));
        String pem = ca.pem();
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n") && pem.endsWith("\n-----END CERTIFICATE-----\n"),
                pem);
        assertTrue(pem.lines().allMatch(line -> line.length() <= 64), "PEM lines of 64 characters at most");
        assertEquals(ca.certificate(), CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
        byte[] spki = ca.certificate().getPublicKey().getEncoded();
        assertEquals(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki)),
                ca.spkiSha256());
        assertEquals(44, ca.spkiSha256().length(), "base64 of 32 bytes");
    }

    @Test
    void aSpoiledKeystoreIsSaidPlainlyWithWhatToDo(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("ca.jks");
        Files.writeString(keystore, "not a keystore");
        MockStartException e = assertThrows(MockStartException.class, () -> KitCertificateAuthority.at(keystore));
        assertTrue(e.getMessage().startsWith("cannot read the kit's CA at " + keystore.toAbsolutePath() + ": ")
                && e.getMessage().contains("Delete the file to have a new CA made"), e.getMessage());
    }
}
