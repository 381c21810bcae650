package org.mplus.tck.harness.htmlunit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.htmlunit.Page;
import org.htmlunit.javascript.background.JavaScriptJob;
import org.htmlunit.javascript.background.JavaScriptJobManager;

/**
 * A window's timers and network jobs, as HtmlUnit keeps them, plus what the kit must know to let timers run while a
 * request is in flight: which jobs are running (a timer may run inside a request's wait, so they nest), and which
 * running request the page aborted (XMLHttpRequest.abort() stops its job by id).
 */
final class PageJobs implements JavaScriptJobManager {

    private static final long serialVersionUID = 1L;

    private final JavaScriptJobManager jobs;
    private final ConcurrentLinkedDeque<JavaScriptJob> running = new ConcurrentLinkedDeque<>();
    private final Set<Integer> aborted = ConcurrentHashMap.newKeySet();

    PageJobs(JavaScriptJobManager jobs) {
        this.jobs = jobs;
    }

    /** The request whose network exchange the innermost running job is, or null when it is not a request's. */
    RequestJob currentRequest() {
        return running.peekFirst() instanceof RequestJob request ? request : null;
    }

    boolean wasAborted(RequestJob request) {
        return aborted.contains(request.getId());
    }

    /** Nothing queued and nothing running: no callback can come any more. */
    boolean idle() {
        return jobs.getEarliestJob() == null && running.isEmpty();
    }

    @Override
    public boolean runSingleJob(JavaScriptJob job) {
        running.addFirst(job);
        try {
            return jobs.runSingleJob(job);
        } finally {
            running.removeFirstOccurrence(job);
            aborted.remove(job.getId());
        }
    }

    @Override
    public void stopJob(int id) {
        for (JavaScriptJob job : running) {
            if (Integer.valueOf(id).equals(job.getId())) {
                aborted.add(id);
            }
        }
        jobs.stopJob(id);
    }

    @Override
    public int getJobCount() {
        return jobs.getJobCount();
    }

    @Override
    public int getJobCount(JavaScriptJobFilter filter) {
        return jobs.getJobCount(filter);
    }

    @Override
    public int addJob(JavaScriptJob job, Page page) {
        return jobs.addJob(job, page);
    }

    @Override
    public void removeJob(int id) {
        jobs.removeJob(id);
    }

    @Override
    public void removeAllJobs() {
        jobs.removeAllJobs();
    }

    @Override
    public int waitForJobs(long timeoutMillis) {
        return jobs.waitForJobs(timeoutMillis);
    }

    @Override
    public int waitForJobsStartingBefore(long delayMillis) {
        return jobs.waitForJobsStartingBefore(delayMillis);
    }

    @Override
    public int waitForJobsStartingBefore(long delayMillis, long timeoutMillis) {
        return jobs.waitForJobsStartingBefore(delayMillis, timeoutMillis);
    }

    @Override
    public int waitForJobsStartingBefore(long delayMillis, JavaScriptJobFilter filter) {
        return jobs.waitForJobsStartingBefore(delayMillis, filter);
    }

    @Override
    public int waitForJobsStartingBefore(long delayMillis, long timeoutMillis, JavaScriptJobFilter filter) {
        return jobs.waitForJobsStartingBefore(delayMillis, timeoutMillis, filter);
    }

    @Override
    public void shutdown() {
        jobs.shutdown();
    }

    @Override
    public JavaScriptJob getEarliestJob() {
        return jobs.getEarliestJob();
    }

    @Override
    public JavaScriptJob getEarliestJob(JavaScriptJobFilter filter) {
        return jobs.getEarliestJob(filter);
    }

    @Override
    public String jobStatusDump(JavaScriptJobFilter filter) {
        return jobs.jobStatusDump(filter);
    }
}
