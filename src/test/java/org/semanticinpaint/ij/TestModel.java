package org.semanticinpaint.ij;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.semanticinpaint.bundle.TestBundles;

/** A small grayscale bundle (3 classes, tile 64) exported once per test JVM, for the plugin's tests. */
public final class TestModel {

	private static Path gray;

	private TestModel() {}

	public static synchronized Path gray() throws IOException {
		if (gray == null) gray = TestBundles.gray(Files.createTempDirectory("si-ij-bundle"));
		return gray;
	}
}
