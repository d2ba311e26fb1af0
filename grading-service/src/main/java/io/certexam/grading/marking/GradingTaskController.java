package io.certexam.grading.marking;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.grading.result.CriterionScore;
import io.certexam.grading.result.MarkItem;
import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.security.Actor;

/** Graders' work: list open tasks, claim or release one, and mark it per rubric criterion. */
@RestController
class GradingTaskController {

    private static final Set<String> LISTABLE = Set.of("PENDING", "MODERATION");
    private static final int MAX_COMMENT = 4000;

    private final GradingTasks tasks;
    private final CommandGateway commands;
    private final Clock clock;

    GradingTaskController(GradingTasks tasks, CommandGateway commands, Clock clock) {
        this.tasks = tasks;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/api/grading-tasks")
    @PreAuthorize("hasRole('GRADER')")
    List<TaskView> open(@RequestParam(defaultValue = "PENDING") String status,
                        @RequestParam(required = false) String examId,
                        @RequestParam(defaultValue = "50") int limit, Actor grader) {
        if (!LISTABLE.contains(status)) {
            throw new InvalidInputException("status", "must be PENDING or MODERATION");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "must be between 1 and 500");
        }
        return tasks.open(grader.id(), status, examId, limit, clock.instant());
    }

    @GetMapping("/api/grading-tasks/{taskId}")
    @PreAuthorize("hasRole('GRADER')")
    TaskView one(@PathVariable String taskId) {
        return tasks.get(taskId);
    }

    @PostMapping("/api/grading-tasks/{taskId}/claim")
    @PreAuthorize("hasRole('GRADER')")
    TaskView claim(@PathVariable String taskId, Actor grader) {
        return tasks.claim(taskId, grader.id(), clock.instant());
    }

    @PostMapping("/api/grading-tasks/{taskId}/release")
    @PreAuthorize("hasRole('GRADER')")
    ResponseEntity<Void> release(@PathVariable String taskId, Actor grader) {
        tasks.release(taskId, grader.id());
        return ResponseEntity.noContent().build();
    }

    /** Marking an unclaimed task is fine; a task another grader holds is not. */
    @PostMapping("/api/grading-tasks/{taskId}/score")
    @PreAuthorize("hasRole('GRADER')")
    MarkGiven score(@PathVariable String taskId, @RequestBody MarkRequest request, Actor grader) {
        if (request.comment() != null && request.comment().length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "at most " + MAX_COMMENT + " characters");
        }
        GradingTasks.Row task = tasks.requireMarkable(taskId, grader.id(), clock.instant());
        BigDecimal score = commands.sendAndWait(new MarkItem(task.attemptId(), task.itemId(), grader.id(),
                request.criteria(), request.comment(), clock.instant()));
        return new MarkGiven(taskId, score, tasks.get(taskId).status());
    }

    record MarkRequest(List<CriterionScore> criteria, String comment) {
    }

    record MarkGiven(String taskId, BigDecimal score, String taskStatus) {
    }
}
