package org.semanticinpaint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The main sources as the package rules see them, the plugin's (src/main/java) and the workbench's
 * (workbench/src/main/java): each file's package and the qualified names it uses (imports and names written out in
 * the code). Comments and string literals are blanked first, so a Javadoc mention or a
 * property name such as "java.awt.headless" is no dependency. Reads text only: no library, no compiled classes.
 */
final class SourceTree {

	/** One main source file, below {@code root}. */
	record SourceFile(Path root, Path path, String pkg, Set<String> references) {

		/** In {@code p} or one of its subpackages. */
		boolean in(String p) {
			return pkg.equals(p) || pkg.startsWith(p + ".");
		}

		/** The file's name below its source folder, for messages. */
		String name() {
			return root.relativize(path).toString().replace('\\', '/');
		}

		/** Part of the workbench, which the plugin jar leaves out. */
		boolean inWorkbench() {
			return root.equals(WORKBENCH);
		}
	}

	static final Path PLUGIN = Path.of("src/main/java"), WORKBENCH = Path.of("workbench/src/main/java");

	// a qualified name from one of the roots we have rules about; the look-behind skips "x.java.util"
	private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])(?:java|javax|ij|net|org|nu)(?:\\.\\w+)+");

	private SourceTree() {}

	/** Every .java file of the plugin, then of the workbench; run from the project folder (as surefire does). */
	static List<SourceFile> main() {
		return Stream.of(PLUGIN, WORKBENCH).flatMap(SourceTree::below).collect(Collectors.toList());
	}

	private static Stream<SourceFile> below(Path root) {
		if (!Files.isDirectory(root)) throw new IllegalStateException("run from the project folder: no " + root);
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(f -> f.toString().endsWith(".java")).sorted().map(f -> read(root, f)).toList().stream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code ref} names {@code p} or something inside it (org.x.train does not match org.x.training). */
	static boolean within(String ref, String p) {
		return ref.equals(p) || ref.startsWith(p + ".");
	}

	private static SourceFile read(Path root, Path f) {
		try {
			String code = codeOnly(Files.readString(f));
			String pkg = root.relativize(f.getParent()).toString().replace('\\', '.').replace('/', '.');
			Set<String> refs = new TreeSet<>();
			Matcher m = QUALIFIED.matcher(code);
			while (m.find()) refs.add(m.group());
			// the package line names the file's own package, which is no dependency
			refs.remove(pkg);
			return new SourceFile(root, f, pkg, refs);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The source with comments, strings and character literals blanked (text blocks included). What is blanked keeps
	 * its line breaks, so the code stays on the lines it has in the file.
	 */
	static String codeOnly(String s) {
		StringBuilder out = new StringBuilder(s.length());
		int i = 0;
		while (i < s.length()) {
			int end = skipEnd(s, i);
			if (end == i) out.append(s.charAt(i++));
			else {
				out.append(' ');
				for (; i < end; i++) if (s.charAt(i) == '\n') out.append('\n');
			}
		}
		return out.toString();
	}

	/** Where the comment or literal starting at {@code i} ends, or {@code i} when none starts there. */
	private static int skipEnd(String s, int i) {
		if (s.startsWith("//", i)) return until(s, i + 2, "\n");
		if (s.startsWith("/*", i)) return until(s, i + 2, "*/");
		if (s.startsWith("\"\"\"", i)) return until(s, i + 3, "\"\"\"");
		char c = s.charAt(i);
		if (c == '"' || c == '\'') return literalEnd(s, i + 1, c);
		return i;
	}

	private static int until(String s, int from, String close) {
		int at = s.indexOf(close, from);
		return at < 0 ? s.length() : at + close.length();
	}

	private static int literalEnd(String s, int from, char quote) {
		for (int j = from; j < s.length(); j++) {
			char c = s.charAt(j);
			if (c == '\\') j++;
			else if (c == quote || c == '\n') return j + 1;
		}
		return s.length();
	}
}
