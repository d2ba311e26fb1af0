package io.certexam.grading.marking;

import java.math.BigDecimal;
import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.grading.result.MarkingPolicy;
import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.security.Actor;

/** Double marking per exam. Applies to attempts submitted afterwards. */
@RestController
class MarkingPolicyController {

    private final MarkingPolicies policies;
    private final Clock clock;

    MarkingPolicyController(MarkingPolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @PutMapping("/api/exams/{examId}/marking-policy")
    @PreAuthorize("hasRole('ADMIN')")
    MarkingPolicy set(@PathVariable String examId, @RequestBody MarkingPolicy policy, Actor admin) {
        BigDecimal tolerance = policy.tolerance() == null ? BigDecimal.ZERO : policy.tolerance();
        if (tolerance.signum() < 0) {
            throw new InvalidInputException("tolerance", "must not be negative");
        }
        MarkingPolicy stored = new MarkingPolicy(policy.doubleMarking(), tolerance);
        policies.set(examId, stored, admin.id(), clock.instant());
        return stored;
    }

    @GetMapping("/api/exams/{examId}/marking-policy")
    @PreAuthorize("hasAnyRole('ADMIN', 'GRADER')")
    MarkingPolicy get(@PathVariable String examId) {
        return policies.of(examId);
    }
}
