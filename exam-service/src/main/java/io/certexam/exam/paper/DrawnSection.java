package io.certexam.exam.paper;

import java.util.List;

public record DrawnSection(String title, List<DrawnItem> items) {
}
