package io.certexam.bank.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.certexam.bank.ResultPage;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.security.Actor;
import io.swagger.v3.oas.annotations.Parameter;

/** Authoring of exam definitions (DESIGN §6). Every rule lives in the {@link ExamDefinition} aggregate. */
@RestController
@RequestMapping("/api/exams")
class ExamController {

    private final CommandGateway commands;
    private final ExamQueries queries;

    ExamController(CommandGateway commands, ExamQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @PreAuthorize("hasRole('AUTHOR')")
    ResponseEntity<CreatedResponse> create(@RequestBody ExamRequest body, @Parameter(hidden = true) Actor actor) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateExam(id, body.toDesign(), actor.id()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri())
                .body(new CreatedResponse(id));
    }

    /**
     * Replaces the design of a draft exam; on a published exam, prepares its next version (the published one
     * stays open for attempts until the next is published).
     */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('AUTHOR')")
    StateResponse revise(@PathVariable String id, @RequestBody ExamRequest body, @Parameter(hidden = true) Actor actor) {
        requireExists(id);
        ExamState state = commands.sendAndWait(new ReviseExam(id, body.toDesign(), actor.id()));
        return new StateResponse(id, state.version(), state.status(), state.editing());
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('AUTHOR')")
    VersionResponse publish(@PathVariable String id, @Parameter(hidden = true) Actor actor) {
        requireExists(id);
        int version = commands.sendAndWait(new PublishExam(id, actor.id()));
        return new VersionResponse(id, version, ExamStatus.PUBLISHED);
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasRole('AUTHOR')")
    VersionResponse retire(@PathVariable String id, @Parameter(hidden = true) Actor actor) {
        requireExists(id);
        int version = commands.sendAndWait(new RetireExam(id, actor.id()));
        return new VersionResponse(id, version, ExamStatus.RETIRED);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('AUTHOR')")
    ExamView get(@PathVariable String id, @RequestParam(required = false) Integer version) {
        return queries.find(id, version).orElseThrow(() -> new NotFoundException(
                version == null ? "exam" : "published version " + version + " of exam", id));
    }

    @GetMapping
    @PreAuthorize("hasRole('AUTHOR')")
    ResultPage<ExamSummary> list(@RequestParam(required = false) ExamStatus status,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        ResultPage.checkRequest(page, size);
        return queries.list(status, page, size);
    }

    private void requireExists(String id) {
        if (!queries.exists(id)) {
            throw new NotFoundException("exam", id);
        }
    }

    record ExamRequest(String title, String instructions, Integer timeLimitMinutes, BigDecimal passScore,
                       BigDecimal passPercent, Integer maxAttempts, Integer minMinutesBetweenAttempts,
                       List<SectionRequest> sections, Boolean shuffleQuestions, Boolean shuffleOptions,
                       Instant availableFrom, Instant availableUntil, Integer certificateValidityMonths) {

        ExamDesign toDesign() {
            return new ExamDesign(title, instructions, timeLimitMinutes, passScore, passPercent, maxAttempts,
                    minMinutesBetweenAttempts,
                    sections == null ? null : sections.stream().map(s -> s == null ? null : s.toDesign()).toList(),
                    shuffleQuestions, shuffleOptions, availableFrom, availableUntil, certificateValidityMonths);
        }
    }

    record SectionRequest(String title, List<String> questionIds, DrawCriteria draw, BigDecimal pointsPerQuestion) {

        SectionDesign toDesign() {
            return new SectionDesign(title, questionIds, draw, pointsPerQuestion);
        }
    }

    record CreatedResponse(String id) {
    }

    record VersionResponse(String id, int version, ExamStatus status) {
    }

    /** {@code version}: latest published version, null before the first; {@code editing}: unpublished changes. */
    record StateResponse(String id, Integer version, ExamStatus status, boolean editing) {
    }
}
