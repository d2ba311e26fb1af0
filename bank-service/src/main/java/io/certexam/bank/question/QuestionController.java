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

import io.certexam.bank.InputProblems;
import io.certexam.bank.ResultPage;
import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.security.Actor;
import io.swagger.v3.oas.annotations.Parameter;

/** Authoring of questions (DESIGN §6). Every rule lives in the {@link Question} aggregate. */
@RestController
@RequestMapping("/api/questions")
class QuestionController {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_SEARCH_LENGTH = 200;

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
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new KeyCorrectionResponse(id, corrected.version(),
                corrected.keyRevision(), corrected.changedChildren()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('AUTHOR')")
    QuestionView get(@PathVariable String id, @RequestParam(required = false) Integer version) {
        return queries.find(id, version).orElseThrow(() -> new NotFoundException(
                version == null ? "question" : "version " + version + " of question", id));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasRole('AUTHOR')")
    QuestionHistory history(@PathVariable String id) {
        return queries.history(id).orElseThrow(() -> new NotFoundException("question", id));
    }

    /** {@code q}: case-insensitive text in the stem or an option; several {@code tag}s must all match. */
    @GetMapping
    @PreAuthorize("hasRole('AUTHOR')")
    ResultPage<QuestionSummary> list(@RequestParam(required = false) QuestionType type,
                                     @RequestParam(required = false) List<String> tag,
                                     @RequestParam(required = false) QuestionStatus status,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        ResultPage.checkRequest(page, size, MAX_PAGE_SIZE);
        if (q != null && q.length() > MAX_SEARCH_LENGTH) {
            throw new InvalidInputException("q", "must be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        if (InputProblems.hasNul(q)) {
            throw new InvalidInputException("q", InputProblems.NUL_MESSAGE);
        }
        if (tag != null && tag.stream().anyMatch(InputProblems::hasNul)) {
            throw new InvalidInputException("tag", InputProblems.NUL_MESSAGE);
        }
        return queries.list(type, tag, status, q, page, size);
    }

    private void requireExists(String id) {
        if (!queries.exists(id)) {
            throw new NotFoundException("question", id);
        }
    }

    /**
     * The question shape of DESIGN §6. A scenario's {@code children} have the same shape (the rules say which
     * fields a child may have); an {@code id} sent for a child is ignored: children are numbered by position.
     */
    record QuestionRequest(QuestionType type, String stem, List<ChoiceOption> options, Answer answer,
                           BigDecimal points, MultipleChoiceScoring multipleChoiceScoring,
                           OpenResponseKind openResponseKind, Integer maxResponseLength, List<QuestionRequest> children,
                           String explanation, List<String> tags, Integer difficulty, String language) {

        AuthoredQuestion toQuestion() {
            return new AuthoredQuestion(type, stem, options, answer, points, multipleChoiceScoring, openResponseKind,
                    maxResponseLength,
                    children == null ? null : children.stream().map(c -> c == null ? null : c.toQuestion()).toList(),
                    explanation, tags, difficulty, language, null);
        }
    }

    /** {@code answer}: the full new key; for a scenario {@code {"children":[{"id","answer"}]}} with every child. */
    record KeyCorrectionRequest(Answer answer, String reason) {
    }

    record VersionResponse(String id, int version, QuestionStatus status) {

        static VersionResponse of(String id, VersionStatus status) {
            return new VersionResponse(id, status.version(), status.status());
        }
    }

    /** {@code changedChildren}: the children of a scenario whose key changed (empty for other types). */
    record KeyCorrectionResponse(String id, int version, int keyRevision, List<String> changedChildren) {
    }
}
