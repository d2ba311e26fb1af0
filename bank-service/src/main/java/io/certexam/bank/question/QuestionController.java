package io.certexam.bank.question;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
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

/** Authoring of questions (DESIGN §6). Every rule lives in the {@link Question} aggregate. */
@RestController
@RequestMapping("/api/questions")
class QuestionController {

    private final CommandGateway commands;
    private final QuestionQueries queries;

    QuestionController(CommandGateway commands, QuestionQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @PreAuthorize("hasRole('AUTHOR')")
    ResponseEntity<VersionResponse> create(@RequestBody QuestionRequest body, @Parameter(hidden = true) Actor actor) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateQuestion(id, body.toQuestion(), actor.id()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri())
                .body(new VersionResponse(id, 1, QuestionStatus.DRAFT));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('AUTHOR')")
    VersionResponse revise(@PathVariable String id, @RequestBody QuestionRequest body,
                           @Parameter(hidden = true) Actor actor) {
        requireExists(id);
        VersionStatus status = commands.sendAndWait(new ReviseQuestion(id, body.toQuestion(), actor.id()));
        return VersionResponse.of(id, status);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('AUTHOR')")
    VersionResponse publish(@PathVariable String id, @Parameter(hidden = true) Actor actor) {
        requireExists(id);
        VersionStatus status = commands.sendAndWait(new PublishQuestion(id, actor.id()));
        return VersionResponse.of(id, status);
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasRole('AUTHOR')")
    VersionResponse retire(@PathVariable String id, @Parameter(hidden = true) Actor actor) {
        requireExists(id);
        VersionStatus status = commands.sendAndWait(new RetireQuestion(id, actor.id()));
        return VersionResponse.of(id, status);
    }

    /** 202: the key is corrected at once; the regrading it triggers downstream happens later. */
    @PostMapping("/{id}/answer-key-corrections")
    @PreAuthorize("hasRole('AUTHOR')")
    ResponseEntity<KeyCorrectionResponse> correctKey(@PathVariable String id, @RequestBody KeyCorrectionRequest body,
                                                     @Parameter(hidden = true) Actor actor) {
        requireExists(id);
        CorrectedKey corrected = commands.sendAndWait(new CorrectAnswerKey(id, body.answer(), body.reason(), actor.id()));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new KeyCorrectionResponse(id, corrected.version(), corrected.keyRevision()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('AUTHOR')")
    QuestionView get(@PathVariable String id, @RequestParam(required = false) Integer version) {
        return queries.find(id, version).orElseThrow(() -> new NotFoundException(
                version == null ? "question" : "version " + version + " of question", id));
    }

    @GetMapping
    @PreAuthorize("hasRole('AUTHOR')")
    ResultPage<QuestionSummary> list(@RequestParam(required = false) QuestionType type,
                                     @RequestParam(required = false) List<String> tag,
                                     @RequestParam(required = false) QuestionStatus status,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        ResultPage.checkRequest(page, size);
        return queries.list(type, tag, status, page, size);
    }

    private void requireExists(String id) {
        if (!queries.exists(id)) {
            throw new NotFoundException("question", id);
        }
    }

    /** The question shape of DESIGN §6; fields of types arriving in issue 3 are ignored until then. */
    record QuestionRequest(QuestionType type, String stem, List<ChoiceOption> options, Answer answer,
                           BigDecimal points, MultipleChoiceScoring multipleChoiceScoring, String explanation,
                           List<String> tags, Integer difficulty, String language) {

        AuthoredQuestion toQuestion() {
            return new AuthoredQuestion(type, stem, options, answer, points, multipleChoiceScoring, explanation, tags,
                    difficulty, language);
        }
    }

    record KeyCorrectionRequest(Answer answer, String reason) {
    }

    record VersionResponse(String id, int version, QuestionStatus status) {

        static VersionResponse of(String id, VersionStatus status) {
            return new VersionResponse(id, status.version(), status.status());
        }
    }

    record KeyCorrectionResponse(String id, int version, int keyRevision) {
    }
}
