package org.semanticinpaint.ij.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Output names: plain when unique, with the extension when base names collide, never twice ignoring case. */
class OutputNamesTest {

	@Test
	void uniqueBaseNamesKeepThem() {
		assertEquals(List.of("a.tif", "b.tif"), names("a.png", "b.tiff"));
	}

	@Test
	void collidingBaseNamesGetTheirExtensionAndANumberWhenThatCollidesToo() {
		assertEquals(List.of("x-png.tif", "x-jpg.tif", "x-png-2.tif"), names("x.PNG", "x.jpg", "x.png"));
	}

	@Test
	void aSuffixStepsAroundAnInputThatAlreadyHasThatName() {
		// sorted: X.TIF, x-png.tif, x.png, x.tif
		assertEquals(List.of("X-tif.tif", "x-png.tif", "x-png-2.tif", "x-tif-2.tif"),
			names("x-png.tif", "x.png", "X.TIF", "x.tif"));
	}

	private static List<String> names(String... files) {
		return List.copyOf(OutputNames.of(paths(files)).values());
	}

	private static List<Path> paths(String... files) {
		return List.of(files).stream().map(Paths::get).sorted().toList(); // as FolderFiles lists them
	}
}
