package org.semanticinpaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.SourceMembers.Member;
import org.semanticinpaint.SourceTree.SourceFile;

/**
 * Sizes a reader can hold in mind (issue 23): no method or constructor in the main sources, the plugin's and the
 * workbench's, has a body over 60 lines, and no constructor takes more than 6 parameters (a record's components are
 * its canonical constructor's). Group what belongs together into a record rather than raising the limits. A
 * failure names the file, the line and the member.
 */
class CodeSizeTest {

	static final int MAX_LINES = 60, MAX_PARAMETERS = 6;

	/**
	 * Offenders that other branches of issue 23 are fixing at the same time (engine, ImageJ UI and training): the
	 * integrator takes each name out once its fix is merged, and the list only shrinks. As "package.File#member",
	 * the package below org.semanticinpaint.
	 */
	private static final Set<String> ALLOWED = Set.of();

	@Test
	void noLongMethodsAndNoLongConstructorParameterLists() throws IOException {
		List<String> found = new ArrayList<>();
		for (Offender o : offenders()) if (!ALLOWED.contains(o.key())) found.add(o.message());
		assertEquals(List.of(), found, "split these methods, or group their parameters into records");
	}

	@Test
	void theAllowlistNamesOnlyOffendersThatRemain() throws IOException {
		Set<String> stale = new TreeSet<>(ALLOWED);
		offenders().forEach(o -> stale.remove(o.key()));
		assertEquals(Set.of(), stale, "fixed: take these out of CodeSizeTest.ALLOWED");
	}

	/** 60 lines from brace to brace fit, 61 do not; parameters are counted at the top level of the list. */
	@Test
	void theCounterMeasuresBodiesAndParameters() {
		String code = SourceTree.codeOnly("class A {\n"
			+ "\tA(int a, Map<String, List<Integer>> b, @Named(\"c, d\") int c, int d, int e, int f, int... g) {}\n"
			+ "\tvoid fits() {\n" + lines(58) + "\t}\n"
			+ "\tstatic <T> List<T> tooLong(int x)\n\t\tthrows java.io.IOException, RuntimeException\n\t{\n" + lines(57)
			+ "\t\t/* } */ String s = \"}\";\n"
			+ "\t\tif (x > 0) { Runnable r = () -> { x++; }; new Thread() { public void run() {} }; }\n\t}\n"
			+ "\trecord R(int a, int b, int c, int d, int e, int f, int g) {\n"
			+ "\t\tpublic R {\n" + lines(59) + "\t\t}\n\t}\n"
			+ "\tenum E { ONE(1) { int v() { return 1; } }; E(int v) {} int v() { return 0; } }\n}\n");
		List<String> seen = SourceMembers.of(code).stream()
			.map(m -> m.name() + " line " + m.line() + ": " + m.parameters() + " parameters, " + m.bodyLines()
				+ " lines" + (m.constructor() ? ", constructor" : ""))
			.toList();
		assertEquals(List.of("A line 2: 7 parameters, 1 lines, constructor", "fits line 3: 0 parameters, 60 lines",
			"tooLong line 63: 1 parameters, 61 lines", "run line 124: 0 parameters, 1 lines",
			"R line 126: 7 parameters, 0 lines, constructor", "R line 127: 0 parameters, 61 lines, constructor",
			"v line 189: 0 parameters, 1 lines", "E line 189: 1 parameters, 1 lines, constructor",
			"v line 189: 0 parameters, 1 lines"), seen);
	}

	private static String lines(int n) {
		return "\t\tx++;\n".repeat(n);
	}

	/** One member over a limit, in one file. */
	record Offender(String key, String message) {}

	static List<Offender> offenders() throws IOException {
		List<Offender> out = new ArrayList<>();
		for (SourceFile f : SourceTree.main()) {
			String stem = f.path().getFileName().toString().replace(".java", "");
			String key = f.pkg().replaceFirst("^org\\.semanticinpaint\\.", "") + "." + stem + "#";
			String where = f.root().resolve(f.name()) + ":";
			for (Member m : SourceMembers.of(SourceTree.codeOnly(Files.readString(f.path())))) {
				if (m.bodyLines() > MAX_LINES) out.add(new Offender(key + m.name(), where + m.line() + " " + m.name()
					+ " has " + m.bodyLines() + " lines (at most " + MAX_LINES + ")"));
				if (m.constructor() && m.parameters() > MAX_PARAMETERS) out.add(new Offender(key + m.name(), where
					+ m.line() + " constructor " + m.name() + " takes " + m.parameters() + " parameters (at most "
					+ MAX_PARAMETERS + ")"));
			}
		}
		return out;
	}
}
