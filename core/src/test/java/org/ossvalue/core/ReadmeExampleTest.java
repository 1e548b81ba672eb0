package org.ossvalue.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** Compiles and runs the README's Java example, so the README cannot drift from the API. */
class ReadmeExampleTest {

  @Test
  void readmeExampleCompilesAndPrintsWhatItsCommentSays() throws Exception {
    String readme =
        Files.readString(Paths.get("").toAbsolutePath().getParent().resolve("README.md"));
    int start = readme.indexOf("```java\n");
    assertTrue(start >= 0, "README has a java example");
    String block = readme.substring(start + 8, readme.indexOf("```", start + 8));
    List<String> lines = block.lines().collect(java.util.stream.Collectors.toList());
    assertTrue(lines.size() <= 20, "the README example stays short: " + lines.size() + " lines");

    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String source =
        "package readme;\n"
            + imports
            + "public class Example {\n public static void main(String[] args) {\n"
            + body
            + "}\n}\n";
    Path dir = Files.createTempDirectory("readme");
    Path file = dir.resolve("readme/Example.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> options =
        new ArrayList<>(
            List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString()));
    boolean compiled =
        compiler
            .getTask(
                diagnostics,
                null,
                null,
                options,
                null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjects(file.toFile()))
            .call();
    assertTrue(compiled, diagnostics + "\n" + source);

    String out = run(dir);
    assertEquals("[2.32 EUR]", out.strip());
    assertTrue(
        body.toString().contains("// [2.32 EUR]"), "the comment in the README states the output");
  }

  private static String run(Path classes) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader =
            new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader());
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      Method main = loader.loadClass("readme.Example").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } catch (IOException e) {
      throw e;
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
