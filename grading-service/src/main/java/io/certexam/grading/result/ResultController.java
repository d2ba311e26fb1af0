package io.certexam.grading.result;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.security.Actor;
import io.certexam.platform.security.Role;

/**
 * Results as the read model has them. A candidate sees only their own result and only once it is FINAL;
 * anything they may not see is a 404, so the endpoint does not reveal which attempts exist.
 */
@RestController
@RequestMapping("/api/results")
class ResultController {

    private final Results results;

    ResultController(Results results) {
        this.results = results;
    }

    @GetMapping("/{attemptId}")
    @PreAuthorize("hasAnyRole('CANDIDATE', 'GRADER', 'AUDITOR', 'ADMIN')")
    ResultView result(@PathVariable String attemptId, Actor actor) {
        StoredResult result = results.find(attemptId)
                .filter(found -> actor.hasAny(Role.GRADER, Role.AUDITOR, Role.ADMIN) || ownsFinal(actor, found))
                .orElseThrow(() -> new NotFoundException("result", attemptId));
        // graders grade blind: whose result it is stays hidden from them
        boolean withIdentity = actor.hasAny(Role.AUDITOR, Role.ADMIN) || !actor.has(Role.GRADER);
        return ResultView.of(result, withIdentity);
    }

    @GetMapping("/{attemptId}/history")
    @PreAuthorize("hasAnyRole('CANDIDATE', 'AUDITOR', 'ADMIN')")
    List<RevisionView> history(@PathVariable String attemptId, Actor actor) {
        results.find(attemptId)
                .filter(found -> actor.hasAny(Role.AUDITOR, Role.ADMIN) || ownsFinal(actor, found))
                .orElseThrow(() -> new NotFoundException("result", attemptId));
        return results.history(attemptId);
    }

    private static boolean ownsFinal(Actor actor, StoredResult result) {
        return actor.has(Role.CANDIDATE) && actor.id().equals(result.candidateId())
                && result.status() == ResultStatus.FINAL;
    }
}
