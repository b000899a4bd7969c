package org.semanticinpaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceTreeTest {

	@Test
	void commentsAndStringsAreNoDependencies() {
		String code = SourceTree.codeOnly("import a.B; // org.x.train\n/* java.awt.Frame */ String s = \"java.awt.headless\";"
			+ " char q = '\"'; String t = \"\"\"\n ij.gui.GenericDialog\n\"\"\"; ij.IJ.log(s);");
		assertFalse(code.contains("org.x.train") || code.contains("Frame") || code.contains("headless") ||
			code.contains("GenericDialog"), code);
		assertTrue(code.contains("ij.IJ.log(s)"), code);
	}

	@Test
	void aPackageIsNotAPrefixOfItsNeighbour() {
		assertTrue(SourceTree.within("org.x.train.Adam", "org.x.train"));
		assertFalse(SourceTree.within("org.x.training.Adam", "org.x.train"));
	}

	@Test
	void windowingMeansWindowsNotColours() {
		assertTrue(PackageRulesTest.windowing("java.awt.Frame"));
		assertTrue(PackageRulesTest.windowing("ij.gui.GenericDialog"));
		assertTrue(PackageRulesTest.windowing("javax.swing.JButton"));
		assertFalse(PackageRulesTest.windowing("java.awt.Color"));
		assertFalse(PackageRulesTest.windowing("java.awt.image.BufferedImage"));
		assertFalse(PackageRulesTest.windowing("ij.gui.Roi"));
		assertEquals(false, PackageRulesTest.windowing("ij.ImagePlus"));
	}
}
