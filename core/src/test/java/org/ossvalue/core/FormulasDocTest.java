package org.ossvalue.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test that docs/formulas.md names as reproducing a worked example exists in the tree, and so
 * does every test docs/value-statement.md names.
 */
class FormulasDocTest {

  private static final Pattern REFERENCE =
      Pattern.compile("`([A-Z][A-Za-z0-9]*(?:Test|IT))#([a-zA-Z0-9_]+)`");

  @Test
  void everyTestNamedByTheFormulasExists() throws IOException {
    Path root = Paths.get("").toAbsolutePath().getParent();
    String doc =
        Files.readString(root.resolve("docs/formulas.md"))
            + Files.readString(root.resolve("docs/value-statement.md"));
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(root)) {
      sources =
          walk.filter(
                  p -> p.toString().contains("/src/test/java/") && p.toString().endsWith(".java"))
              .collect(Collectors.toList());
    }
    Matcher m = REFERENCE.matcher(doc);
    List<String> missing = new ArrayList<>();
    int references = 0;
    while (m.find()) {
      references++;
      String file = m.group(1) + ".java";
      String method = "void " + m.group(2) + "(";
      boolean found = false;
      for (Path p : sources) {
        if (p.getFileName().toString().equals(file) && Files.readString(p).contains(method)) {
          found = true;
          break;
        }
      }
      if (!found) {
        missing.add(m.group(1) + "#" + m.group(2));
      }
    }
    assertTrue(references >= 10, "formulas.md names its tests: found " + references);
    assertTrue(
        missing.isEmpty(),
        "formulas.md or value-statement.md names tests that do not exist: " + missing);
  }
}
