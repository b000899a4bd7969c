package org.semanticinpaint.ij.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import ij.ImagePlus;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reason a file could not be opened, not one phrase for every failure. */
class OpenFailureTest {

	@TempDir
	Path tmp;

	@Test
	void eachFailureHasItsReason() throws Exception {
		Path empty = Files.write(tmp.resolve("empty.tif"), new byte[0]);
		assertEquals("is empty (0 bytes)", OpenFailure.reason(empty));
		Path text = Files.writeString(tmp.resolve("notes.png"), "not an image");
		assertEquals("is a text file, not an image", OpenFailure.reason(text));
		byte[] noise = new byte[300];
		new Random(3).nextBytes(noise);
		noise[0] = 1; // no magic number
		assertTrue(OpenFailure.reason(Files.write(tmp.resolve("noise.png"), noise)).startsWith("is in no format"));
		Path png = tmp.resolve("whole.png");
		FolderJobTest.save(new ImagePlus("p", new ByteProcessor(64, 64)), png);
		byte[] bytes = Files.readAllBytes(png);
		Path cut = Files.write(tmp.resolve("cut.png"), java.util.Arrays.copyOf(bytes, 60));
		assertTrue(OpenFailure.reason(cut).startsWith("is a damaged PNG file: "), OpenFailure.reason(cut));
		Path tif = Files.write(tmp.resolve("badifd.tif"), new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0, 0, 0 });
		assertTrue(OpenFailure.reason(tif).startsWith("is a TIFF file"), OpenFailure.reason(tif));
	}
}
