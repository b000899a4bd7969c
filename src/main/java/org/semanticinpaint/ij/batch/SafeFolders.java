package org.semanticinpaint.ij.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.semanticinpaint.engine.InpaintException;

/**
 * Refuses an output folder that is, by any route, one of the folders read: the same folder reached through a
 * symbolic link, a bind mount or {@code ..} must be caught, so paths are compared after {@link Path#toRealPath}.
 */
public final class SafeFolders {

	private SafeFolders() {}

	/**
	 * @param read folders the run reads (input, masks, labels; null entries are ignored)
	 * @throws InpaintException when the output is one of them
	 */
	public static void checkOutput(Path output, Path... read) throws InpaintException {
		Path out = real(output);
		for (Path r : read) {
			if (r == null || !Files.isDirectory(r)) continue;
			if (real(r).equals(out) || sameFile(r, output)) throw new InpaintException("The output folder " + output +
				" is the folder " + r + " (through a link or mount): choose another one; inputs are never overwritten.");
		}
	}

	/**
	 * The real path of {@code p}; when it does not exist yet, the real path of its nearest existing parent with
	 * the missing part appended (the folder is created later, where that parent really is).
	 */
	static Path real(Path p) throws InpaintException {
		Path abs = p.toAbsolutePath().normalize();
		Path existing = abs;
		while (existing != null && !Files.exists(existing)) existing = existing.getParent();
		try {
			if (existing == null) return abs;
			return existing.toRealPath().resolve(existing.relativize(abs));
		}
		catch (IOException e) {
			throw new InpaintException("Cannot resolve the folder " + p + ": " + e.getMessage());
		}
	}

	/** Bind mounts give two real paths for one folder; the file key (device and inode) still tells. */
	private static boolean sameFile(Path a, Path b) throws InpaintException {
		if (!Files.exists(b)) return false;
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException e) {
			throw new InpaintException("Cannot compare the folders " + a + " and " + b + ": " + e.getMessage());
		}
	}
}
