package org.semanticinpaint.ij.commands;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.Menus;
import ij.macro.Interpreter;

/**
 * Plain ImageJ 1.x builds its command table together with AWT menus, which a headless JVM cannot create (Fiji's
 * imagej-legacy patches that; it is not on Maven Central). For headless macro tests this installs the entries of
 * plugins.config into ImageJ's command table the way Menus would; the Xvfb GUI test covers the real menus.
 */
final class HeadlessMenus {

	private static final Pattern ENTRY = Pattern.compile("^\\s*([^,#]+),\\s*\"([^\"]+)\",\\s*([\\w.$]+)(\\(\"[^\"]*\"\\))?\\s*$");

	private HeadlessMenus() {}

	/** label -> class name, in file order; comments and blank lines ignored. */
	static Map<String, String> read(Path pluginsConfig) throws IOException {
		Map<String, String> out = new LinkedHashMap<>();
		for (String line : Files.readAllLines(pluginsConfig)) {
			Matcher m = ENTRY.matcher(line);
			if (m.matches() && out.put(m.group(2), m.group(3) + (m.group(4) == null ? "" : m.group(4))) != null)
				throw new IllegalStateException("menu entry defined twice: " + m.group(2));
		}
		return out;
	}

	/**
	 * The setup of a headless macro test: the entries of plugins.config installed, and macros in batch mode (no
	 * image windows); {@link #batchModeOff} undoes the latter.
	 */
	static void installForMacros() throws IOException, ReflectiveOperationException {
		install(read(Paths.get("plugins.config")));
		Interpreter.batchMode = true;
	}

	static void batchModeOff() {
		Interpreter.batchMode = false;
	}

	@SuppressWarnings("unchecked")
	static void install(Map<String, String> commands) throws ReflectiveOperationException {
		Field f = Menus.class.getDeclaredField("pluginsTable");
		f.setAccessible(true);
		Hashtable<String, String> table = (Hashtable<String, String>) f.get(null);
		if (table == null) {
			table = new Hashtable<>();
			f.set(null, table);
		}
		table.putAll(commands);
	}
}
