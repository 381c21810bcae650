import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mplus.tck.mock.Accepted;
import org.mplus.tck.mock.Endpoint;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.ronglian.RonglianModel;
import org.mplus.tck.mock.ronglian.RonglianSignature;

/**
 * What the 容联云 checks cost per signed PushMsg (sig, Authorization, timestamp window, Content-Type, JSON
 * body, fields, directory: RonglianModel.accept), in this thread's CPU time, which other load on a shared
 * machine does not inflate the way it does wall time. Each request is a fresh WireMock LoggedRequest, as
 * the transformer gets it; making one is timed alone too (stock WireMock pays that as well).
 * Run by bench/vendor-checks.sh.
 */
public class VendorChecks {

    static final String SID = "aaf98f8952f7367a0153084e29b80d9c";
    static final String TOKEN = "c7e4f5a9b3d24e1f8a6b0c2d4e6f8a1b";
    static final int OPS = 100_000;
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    static volatile Object sink;

    public static void main(String[] args) {
        try (MockServer server = MockServer.start()) {
            RonglianModel model = new RonglianModel(server.vendor(), server.directory());
            RonglianSignature s = RonglianSignature.sign(SID, TOKEN);
            Request request = ImmutableRequest.create()
                    .withAbsoluteUrl(server.baseUrl() + "/2013-12-26/Accounts/" + SID + "/IM/PushMsg?sig=" + s.sig())
                    .withMethod(RequestMethod.POST)
                    .withHeader("Authorization", s.authorization())
                    .withHeader("Content-Type", "application/json;charset=utf-8")
                    .withBody(("{\"pushType\":\"1\",\"appId\":\"8aaf07085f5c54cf015f5c8ca1ab0001\",\"sender\":\"zhangsan\","
                            + "\"receiver\":[\"lisi\"],\"msgType\":\"1\",\"msgContent\":\"你好，李四\"}")
                            .getBytes(StandardCharsets.UTF_8))
                    .build();
            Accepted a = model.accept(LoggedRequest.createFrom(request));
            if (a.endpoint() != Endpoint.SEND) {
                throw new IllegalStateException("not accepted as a send: " + a);
            }
            for (int warm = 0; warm < 5; warm++) {
                copies(request);
                checks(model, request);
            }
            double[] copy = new double[7];
            double[] both = new double[7];
            for (int round = 0; round < copy.length; round++) {
                copy[round] = copies(request);
                both[round] = checks(model, request);
            }
            double c = median(copy);
            double b = median(both);
            System.out.printf("LoggedRequest.createFrom alone: %.2f µs per request (median of %d rounds of %d)%n",
                    c, copy.length, OPS);
            System.out.printf("createFrom + RonglianModel.accept: %.2f µs per request%n", b);
            System.out.printf("the checks: %.2f µs CPU per signed PushMsg%n", b - c);
        }
    }

    /** µs of CPU per fresh LoggedRequest. */
    static double copies(Request request) {
        long t0 = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < OPS; i++) {
            sink = LoggedRequest.createFrom(request);
        }
        return (CPU.getCurrentThreadCpuTime() - t0) / 1e3 / OPS;
    }

    /** µs of CPU per fresh LoggedRequest checked end to end. */
    static double checks(RonglianModel model, Request request) {
        long t0 = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < OPS; i++) {
            sink = model.accept(LoggedRequest.createFrom(request));
        }
        return (CPU.getCurrentThreadCpuTime() - t0) / 1e3 / OPS;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
