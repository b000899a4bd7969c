package org.semanticinpaint.ij.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.OvalRoi;
import ij.io.FileSaver;
import ij.macro.Interpreter;
import ij.process.ImageProcessor;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.semanticinpaint.ij.TestImages;
import org.semanticinpaint.ij.TestModel;

/**
 * Every command headless: through a SciJava context, and through the ImageJ macro interpreter with the menu
 * entries of plugins.config (see {@link HeadlessMenus}).
 */
class HeadlessCommandsTest {

	@TempDir
	static Path tmp;
	static Context context;
	static String model;

	@BeforeAll
	static void setUp() throws Exception {
		model = TestModel.gray().toString();
		context = new Context(CommandService.class);
		HeadlessMenus.installForMacros();
	}

	@AfterAll
	static void tearDown() {
		context.dispose();
		HeadlessMenus.batchModeOff();
	}

	@Test
	void sciJavaInpaint() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		byte[] before = ((byte[]) imp.getProcessor().getPixels()).clone();
		imp.setRoi(new OvalRoi(90, 90, 50, 40));
		CommandModule m = context.service(CommandService.class).run(InpaintCommand.class, false, "image", imp,
			"model", model, "allPlanes", false, "inPlace", false).get();
		assertFalse(m.isCanceled(), m.getCancelReason());
		ImagePlus result = (ImagePlus) m.getOutput("result");
		assertNotNull(result);
		assertArrayEquals(before, (byte[]) imp.getProcessor().getPixels());
		assertTrue(differs(imp.getProcessor(), result.getProcessor()));
	}

	@Test
	void sciJavaProposeEditRender() throws Exception {
		ImagePlus imp = TestImages.micrograph16();
		imp.setRoi(new OvalRoi(60, 60, 60, 60));
		CommandService cs = context.service(CommandService.class);
		CommandModule p = cs.run(ProposeCommand.class, false, "image", imp, "model", model).get();
		assertFalse(p.isCanceled(), p.getCancelReason());
		ImagePlus labels = (ImagePlus) p.getOutput("labels");
		ImagePlus first = (ImagePlus) cs.run(RenderCommand.class, false, "labels", labels, "inPlace", false).get()
			.getOutput("result");
		labels.getProcessor().setValue(1);
		labels.getProcessor().fill(new OvalRoi(70, 70, 40, 40));
		ImagePlus second = (ImagePlus) cs.run(RenderCommand.class, false, "labels", labels, "inPlace", false).get()
			.getOutput("result");
		assertTrue(differs(first.getProcessor(), second.getProcessor()), "the edit changed the fill");
	}

	@Test
	void sciJavaRefusesBadInputWithAReason() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		CommandModule m = context.service(CommandService.class).run(InpaintCommand.class, false, "image", imp,
			"model", model, "allPlanes", false, "inPlace", true).get();
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().contains("no selection"), m.getCancelReason());
		CommandModule n = context.service(CommandService.class).run(InpaintCommand.class, false, "image", imp,
			"model", tmp.resolve("missing").toString(), "allPlanes", false, "inPlace", true).get();
		assertTrue(n.getCancelReason().contains("No model bundle"), n.getCancelReason());
	}

	/** A script that runs a command without its inputs (process=false), or with a texture no choice has. */
	@Test
	void sciJavaMissingInputsAndBadChoicesAreRefusedWithAReason() throws Exception {
		CommandService cs = context.service(CommandService.class);
		Object[][] cases = { { InpaintCommand.class, "No image was given" }, { ProposeCommand.class, "No image was given" },
			{ RenderCommand.class, "No label image was given" }, { BatchInpaintCommand.class, "Choose an input" } };
		for (Object[] c : cases) {
			@SuppressWarnings("unchecked")
			CommandModule m = cs.run((Class<? extends org.scijava.command.Command>) c[0], false).get();
			assertTrue(m.isCanceled() && m.getCancelReason().contains((String) c[1]), c[0] + ": " + m.getCancelReason());
		}
		ImagePlus imp = TestImages.micrograph8();
		imp.setRoi(new OvalRoi(100, 100, 30, 30));
		CommandModule t = cs.run(InpaintCommand.class, false, "image", imp, "model", model, "texture", "from-imag")
			.get();
		assertTrue(t.isCanceled() && t.getCancelReason().contains("texture must be 'from image' or 'none'"),
			t.getCancelReason());
	}

	@Test
	void sciJavaFolder() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("sj-in"));
		ImagePlus imp = TestImages.micrograph16();
		imp.setRoi(new OvalRoi(30, 30, 20, 20));
		new FileSaver(imp).saveAsTiff(in.resolve("one.tif").toString());
		CommandModule m = context.service(CommandService.class).run(BatchInpaintCommand.class, false, "input",
			in.toFile(), "output", tmp.resolve("sj-out").toFile(), "model", model, "allPlanes", true).get();
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertTrue(((String) m.getOutput("summary")).startsWith("Inpainted 1 image(s), skipped 0"));
	}

	@Test
	void pluginsConfigGivesOneMenuEntryPerAction() throws Exception {
		java.util.Map<String, String> entries = HeadlessMenus.read(Paths.get("plugins.config"));
		assertEquals(java.util.List.of("Propose...", "Render...", "Inpaint...", "Inpaint Folder..."), java.util.List.copyOf(entries.keySet()));
		for (String entry : entries.values()) {
			// every entry goes through the dependency-free Launcher, whose argument names the command's PlugIn
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+)\\(\"(\\w+)\"\\)").matcher(entry);
			assertTrue(m.matches() && m.group(1).equals(org.semanticinpaint.ij.entry.Launcher.class.getName()), entry);
			Class<?> c = Class.forName("org.semanticinpaint.ij.commands." + m.group(2));
			assertTrue(ij.plugin.PlugIn.class.isAssignableFrom(c), entry);
		}
		// the SciJava commands have no menu path and are invisible, so Fiji's search does not list the actions twice
		for (Class<?> c : new Class<?>[] { InpaintCommand.class, ProposeCommand.class, RenderCommand.class,
			BatchInpaintCommand.class }) {
			org.scijava.plugin.Plugin p = c.getAnnotation(org.scijava.plugin.Plugin.class);
			assertTrue(p.menuPath().isEmpty() && !p.visible(), c.getName());
		}
	}

	@Test
	void macroInpaintOnAMicrograph() throws Exception {
		Path f = tmp.resolve("m.tif");
		new FileSaver(TestImages.micrograph16()).saveAsTiff(f.toString());
		String out = macro("open('" + f + "'); makeOval(80, 70, 50, 40);" +
			"run('Inpaint...', 'model=[" + model + "] mask=selection labels=proposed planes=[current plane] output=[new image]');" +
			"print(getTitle() + ' ' + nImages);");
		assertTrue(out.contains("m-inpainted 2"), out);
	}

	/** texture=none keeps stage 2's smooth fill; the default gives the hole the image's grain; a bad value changes nothing. */
	@Test
	void macroTextureKey() throws Exception {
		Path f = tmp.resolve("t.tif");
		new FileSaver(TestImages.micrograph16()).saveAsTiff(f.toString());
		String run = "open('" + f + "'); makeRectangle(60, 60, 60, 60);" +
			"run('Inpaint...', 'model=[" + model + "] mask=selection labels=proposed planes=[current plane] output=[new image]%s');" +
			"makeRectangle(70, 70, 40, 40); getStatistics(a, mean, min, max, std); print('std=' + std + ' n=' + nImages);";
		double none = std(macro(String.format(run, " texture=none")));
		double textured = std(macro(String.format(run, "")));
		double named = std(macro(String.format(run, " texture=[from image]")));
		assertEquals(textured, named, 1e-9, "the default is texture from the image");
		assertTrue(textured > 1.3 * none, "textured std " + textured + " against " + none);
		String bad = macro(String.format(run, " texture=[from-image-ish]"));
		assertTrue(bad.contains("texture must be 'from image' or 'none'") && !bad.contains("n=2"), bad);
	}

	private static double std(String out) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("std=([0-9.]+)").matcher(out);
		assertTrue(m.find(), out);
		return Double.parseDouble(m.group(1));
	}

	@Test
	void shippedMacroForTheInteractiveLoop() throws Exception {
		Path f = tmp.resolve("loop.tif");
		new FileSaver(TestImages.micrograph8()).saveAsTiff(f.toString());
		String loop = shipped("propose_edit_render.ijm");
		String out = macro("open('" + f + "'); makeRectangle(90, 80, 60, 50);\n" + loop + "\nprint('result ' + getTitle() + ' ' + nImages);");
		assertTrue(out.contains("result loop-inpainted 3"), out);
	}

	@Test
	void shippedMacroForAStack() throws Exception {
		Path f = tmp.resolve("stack.tif");
		new FileSaver(TestImages.stack16(3)).saveAsTiff(f.toString());
		String out = macro("open('" + f + "'); makeOval(100, 100, 40, 40);\n" + shipped("inpaint_stack.ijm"));
		assertTrue(out.contains("Inpainted every plane of stack.tif into stack-inpainted"), out);
	}

	@Test
	void shippedMacroForAFolder() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("macro-in"));
		ImagePlus imp = TestImages.micrograph16();
		imp.getProcessor().setValue(0);
		imp.getProcessor().fill(new ij.gui.Roi(40, 40, 25, 25));
		new FileSaver(imp).saveAsTiff(in.resolve("tile.tif").toString());
		Path out = tmp.resolve("macro-out");
		String text = shipped("inpaint_folder.ijm").replace("args = getArgument();",
			"args = 'input=[" + in + "] output=[" + out + "] masks=[] hole_value=0';");
		macro(text);
		assertTrue(Files.isRegularFile(out.resolve("tile.tif")));
	}

	@Test
	void macroFolderWithLabelsKeepsOutputsUnlessOverwrite() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("lab-in")), labels = Files.createDirectories(tmp.resolve("lab-l"));
		ImagePlus imp = org.semanticinpaint.ij.batch.FolderJobTest.deadTile();
		new FileSaver(imp).saveAsTiff(in.resolve("t.tif").toString());
		new FileSaver(org.semanticinpaint.ij.batch.FolderJobTest.labelImage(255, 1)).saveAsPng(labels.resolve("t.png")
			.toString());
		Path out = tmp.resolve("lab-out");
		String run = "run('Inpaint Folder...', 'input=[" + in + "] output=[" + out + "] labels=[" + labels +
			"] hole_value=0 model=[" + model + "] planes=[all planes]";
		macro(run + "');");
		long written = Files.getLastModifiedTime(out.resolve("t.tif")).toMillis();
		new FileSaver(new ImagePlus("kept", new ij.process.ByteProcessor(40, 30))).saveAsTiff(out.resolve("t.tif")
			.toString());
		macro(run + "');");
		assertEquals(40, ij.IJ.openImage(out.resolve("t.tif").toString()).getWidth(), "an existing output is kept");
		macro(run + " overwrite');");
		assertEquals(256, ij.IJ.openImage(out.resolve("t.tif").toString()).getWidth(), "overwrite replaces it");
		assertTrue(written > 0);
	}

	@Test
	void macroWithoutASelectionSaysSoAndChangesNothing() throws Exception {
		Path f = tmp.resolve("nosel.tif");
		new FileSaver(TestImages.micrograph8()).saveAsTiff(f.toString());
		String out = macro("open('" + f + "'); Roi.remove; print('before ' + getValue('RawIntDen'));" +
			"run('Inpaint...', 'model=[" + model + "] output=[in place]'); print('not reached');");
		assertTrue(out.contains("Semantic Inpainting: There is no selection"), out);
		assertTrue(!out.contains("not reached") && !out.contains("Exception"), "the macro stops, as after IJ.error: " + out);
	}

	/** Runs a macro in batch mode and returns what it and ImageJ printed. */
	static String macro(String text) throws Exception {
		PrintStream old = System.out;
		ByteArrayOutputStream buf = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buf, true));
		try {
			new Interpreter().run("setBatchMode(true);\n" + text.replace('\'', '"') + "\nclose('*');");
		}
		finally {
			System.setOut(old);
			while (WindowManager.getCurrentImage() != null) WindowManager.getCurrentImage().close();
		}
		old.print(buf);
		return buf.toString();
	}

	/** A macro from macros/, set to use the test bundle. */
	static String shipped(String name) throws Exception {
		return Files.readString(Paths.get("macros", name)).replace("model=em-nanoparticles", "model=[" + model + "]")
			.replace("setBatchMode(\"exit and display\");", "");
	}

	static boolean differs(ImageProcessor a, ImageProcessor b) {
		for (int i = 0; i < a.getPixelCount(); i++) if (a.getf(i) != b.getf(i)) return true;
		return false;
	}
}
