package org.semanticinpaint.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers against the real files in ../shared/data when present, and against synthetic files always. */
class DatasetReaderTest {

	static final Path DATA = Paths.get("../shared/data");

	@TempDir
	Path tmp;

	@Test
	void userFolderWith16BitInstanceIds() throws Exception {
		Files.createDirectories(tmp.resolve("images"));
		Files.createDirectories(tmp.resolve("labels"));
		BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_BYTE_GRAY);
		BufferedImage lab = new BufferedImage(8, 6, BufferedImage.TYPE_USHORT_GRAY);
		WritableRaster r = img.getRaster(), l = lab.getRaster();
		for (int y = 0; y < 6; y++)
			for (int x = 0; x < 8; x++) {
				r.setSample(x, y, 0, 10 * x + y);
				l.setSample(x, y, 0, x < 4 ? 0 : 300); // an instance id above 255 must survive
			}
		ImageIO.write(img, "png", tmp.resolve("images/a.png").toFile());
		ImageIO.write(lab, "png", tmp.resolve("labels/a.png").toFile());
		DatasetSpec spec = new DatasetSpec("t", new DatasetSpec.About("t", "", ""), 1,
			DatasetSpec.EM_NANOPARTICLES.classes(), DatasetSpec.LabelFormat.instances(0), false);
		Sample s = DatasetReader.readAll(tmp, spec).get(0);
		assertEquals(8, s.width());
		assertEquals(23f, s.pixel(2, 3, 0));
		assertEquals(0, s.label(3, 0));
		assertEquals(1, s.label(4, 0));
	}

	@Test
	void boundaryClassSeparatesTouchingInstances() {
		int[] ids = { 1, 1, 2, 2, 1, 1, 2, 2 };
		byte[] c = InstanceToClasses.convert(ids, 4, 2, 1);
		assertEquals(InstanceToClasses.BOUNDARY, c[1]);
		assertEquals(InstanceToClasses.BOUNDARY, c[2]);
		assertEquals(InstanceToClasses.OBJECT, c[0] == InstanceToClasses.BOUNDARY ? c[0] : InstanceToClasses.OBJECT);
	}

	@Test
	void realPhaseContrastIs16Bit() throws Exception {
		Path dir = DATA.resolve("phase-contrast-cells");
		Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/data absent");
		Sample s = DatasetReader.read(dir, DatasetReader.imageFiles(dir).get(0), DatasetSpec.PHASE_CONTRAST_CELLS);
		float max = 0;
		for (float v : s.pixels()) max = Math.max(max, v);
		assertTrue(max > 255, "16-bit values expected, max " + max);
		int[] counts = new int[256];
		for (byte b : s.labels()) counts[b & 0xff]++;
		assertTrue(counts[0] > 0 && counts[1] > 0 && counts[2] > 0, "background, cell and boundary present");
	}

	@Test
	void realStreetScenesSplitBySequenceWithVoidIgnored() throws Exception {
		Path dir = DATA.resolve("street-scenes");
		Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/data absent");
		List<Path> files = DatasetReader.imageFiles(dir);
		List<Sample> some = new java.util.ArrayList<>();
		for (int i = 0; i < files.size(); i += 25) some.add(DatasetReader.read(dir, files.get(i), DatasetSpec.STREET_SCENES));
		Split.Parts p = Split.of(some, DatasetSpec.STREET_SCENES);
		for (Sample v : p.validation()) for (Sample t : p.train()) assertTrue(!v.group().equals(t.group()));
		assertEquals(3, some.get(0).channels());
		boolean ignored = false;
		for (Sample s : some) for (byte b : s.labels()) ignored |= (b & 0xff) == Sample.IGNORE;
		assertTrue(ignored, "void pixels become IGNORE");
	}
}
