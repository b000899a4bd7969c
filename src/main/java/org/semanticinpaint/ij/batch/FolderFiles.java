package org.semanticinpaint.ij.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.semanticinpaint.engine.InpaintException;

/** The images of a folder, sorted by name, and the companion files (masks, labels) found by base name. */
public final class FolderFiles {

	public static final List<String> EXTENSIONS = List.of(".tif", ".tiff", ".png", ".jpg", ".jpeg", ".bmp", ".gif");

	private FolderFiles() {}

	/** Image files of {@code dir} (not hidden ones such as {@code .x.tif.part}), sorted by name. */
	public static List<Path> images(Path dir) throws InpaintException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
				.filter(p -> EXTENSIONS.contains(ext(p))).sorted().toList();
		}
		catch (IOException e) {
			throw new InpaintException("Cannot list " + dir + ": " + e.getMessage());
		}
	}

	/** Base name -> file, listed once rather than once per image; null folder = empty. */
	public static Map<String, Path> byBaseName(Path dir) throws InpaintException {
		Map<String, Path> out = new HashMap<>();
		if (dir == null) return out;
		if (!Files.isDirectory(dir)) throw new InpaintException("The folder " + dir + " does not exist.");
		for (Path p : images(dir)) out.putIfAbsent(OutputNames.base(p), p);
		return out;
	}

	private static String ext(Path p) {
		String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
		int i = n.lastIndexOf('.');
		return i < 0 ? "" : n.substring(i);
	}
}
