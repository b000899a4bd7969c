package org.semanticinpaint.bundle;

import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where the shipped bundles are unpacked. In a Fiji.app it is the app's own {@code models/} folder, the one Fiji's
 * updater fills and DeepImageJ uses, so that models sit with the installation and go with it; elsewhere, or when
 * that folder cannot be written, the user's {@code ~/.semantic-inpainting/models/}.
 */
public final class ModelsFolder {

	/** Set by Fiji's launcher to the Fiji.app folder. */
	static final List<String> APP_PROPERTIES = List.of("imagej.dir", "fiji.dir");
	private static final String PLUGINS = "plugins";

	private ModelsFolder() {}

	/** The folders to try for this JVM, best first: the app's models/ (when in an app), then the user's. */
	public static List<Path> candidates() {
		return candidates(System::getProperty, pluginJar());
	}

	/**
	 * @param properties system properties by name
	 * @param jar the file the plugin's classes come from (a folder in a source checkout), or null
	 */
	static List<Path> candidates(UnaryOperator<String> properties, Path jar) {
		List<Path> out = new ArrayList<>();
		Path app = app(properties, jar);
		if (app != null) out.add(app.resolve("models"));
		out.add(Paths.get(properties.apply("user.home"), ".semantic-inpainting", "models"));
		return out;
	}

	/**
	 * The Fiji.app (or ImageJ) folder the plugin runs in: named by the launcher, or the one whose plugins/ ImageJ
	 * reads ({@code plugins.dir}: the app or its plugins/ folder), or the one whose plugins/ holds our jar.
	 */
	static Path app(UnaryOperator<String> properties, Path jar) {
		for (String key : APP_PROPERTIES) {
			Path dir = folder(properties.apply(key));
			if (dir != null) return dir;
		}
		Path plugins = folder(properties.apply("plugins.dir"));
		if (plugins != null && !isPlugins(plugins)) plugins = folder(plugins.resolve(PLUGINS).toString());
		if (plugins != null) return plugins.getParent();
		// the JVM reports a linked jar by its target, so a jar linked into plugins/ needs the properties above
		return jar != null && isPlugins(jar.getParent()) && Files.isRegularFile(jar) ? jar.getParent().getParent() : null;
	}

	private static boolean isPlugins(Path dir) {
		return dir != null && dir.getFileName() != null && dir.getFileName().toString().equals(PLUGINS);
	}

	/** An existing folder, or null. */
	private static Path folder(String path) {
		if (path == null || path.isBlank()) return null;
		Path p = Paths.get(path).toAbsolutePath().normalize();
		return Files.isDirectory(p) ? p : null;
	}

	/** Where this class was loaded from; null when that is not a file (an unusual class loader). */
	private static Path pluginJar() {
		CodeSource source = ModelsFolder.class.getProtectionDomain().getCodeSource();
		try {
			return source == null ? null : Paths.get(source.getLocation().toURI());
		}
		catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
			return null;
		}
	}
}
