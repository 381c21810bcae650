package org.mplus.tck.harness.chromium;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mplus.tck.harness.HarnessError;

/**
 * Runs a test class or method only where Debian's chromium and chromedriver are installed (CI installs them); elsewhere
 * skips it, and says so on the console, so that a local green run does not hide untested Chromium code.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumInstalled.Condition.class)
public @interface ChromiumInstalled {

    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try {
                ChromiumEngine.requireInstalled();
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            } catch (HarnessError e) {
                String reason = "SKIPPED " + context.getDisplayName() + ": " + e.getMessage().replace('\n', ' ');
                System.err.println("notice: " + reason);
                return ConditionEvaluationResult.disabled(reason);
            }
        }
    }
}
