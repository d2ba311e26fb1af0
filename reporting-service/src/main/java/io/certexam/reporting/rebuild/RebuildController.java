package io.certexam.reporting.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RebuildController {

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** 202: the read models are empty and the listeners are replaying; poll the GET for progress. */
    @PostMapping("/api/admin/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReadModelRebuild.Started rebuild() {
        return rebuild.rebuild();
    }

    @GetMapping("/api/admin/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    ReadModelRebuild.Progress progress() {
        return rebuild.progress();
    }
}
