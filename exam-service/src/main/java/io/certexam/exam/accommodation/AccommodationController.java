package io.certexam.exam.accommodation;

import java.time.Clock;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.security.Actor;
import io.swagger.v3.oas.annotations.Parameter;

/** Extra time per candidate and exam, set before the exam by a proctor or an administrator. */
@RestController
class AccommodationController {

    private final CommandGateway commands;
    private final AccommodationRegister register;
    private final Clock clock;

    AccommodationController(CommandGateway commands, AccommodationRegister register, Clock clock) {
        this.commands = commands;
        this.register = register;
        this.clock = clock;
    }

    /** Replaces the candidate's accommodation on the exam; attempts already started keep their deadline. */
    @PutMapping("/api/exams/{examId}/accommodations/{candidateId}")
    @PreAuthorize("hasAnyRole('PROCTOR', 'ADMIN')")
    AccommodationView grant(@PathVariable String examId, @PathVariable String candidateId,
                            @RequestBody AccommodationRequest request, @Parameter(hidden = true) Actor actor) {
        commands.sendAndWait(new GrantAccommodation(Accommodation.idOf(examId, candidateId), examId, candidateId,
                request.extraPercent() == null ? 0 : request.extraPercent(),
                request.extraMinutes() == null ? 0 : request.extraMinutes(), request.reason(), actor.id(),
                clock.instant()));
        return register.find(examId, candidateId).orElseThrow();
    }

    @GetMapping("/api/exams/{examId}/accommodations")
    @PreAuthorize("hasAnyRole('PROCTOR', 'ADMIN')")
    List<AccommodationView> ofExam(@PathVariable String examId) {
        return register.ofExam(examId);
    }

    @GetMapping("/api/exams/{examId}/accommodations/{candidateId}")
    @PreAuthorize("hasAnyRole('PROCTOR', 'ADMIN')")
    AccommodationView one(@PathVariable String examId, @PathVariable String candidateId) {
        return register.find(examId, candidateId)
                .orElseThrow(() -> new NotFoundException("accommodation", examId + "/" + candidateId));
    }

    record AccommodationRequest(Integer extraPercent, Integer extraMinutes, String reason) {
    }
}
