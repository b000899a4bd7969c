package org.semanticinpaint.ij.gui;

import static org.semanticinpaint.ij.gui.GuiDriver.check;
import static org.semanticinpaint.ij.gui.GuiDriver.click;
import static org.semanticinpaint.ij.gui.GuiDriver.find;
import static org.semanticinpaint.ij.gui.GuiDriver.frame;
import static org.semanticinpaint.ij.gui.GuiDriver.settle;
import static org.semanticinpaint.ij.gui.GuiDriver.shot;
import static org.semanticinpaint.ij.gui.GuiDriver.waitFor;

import java.awt.Button;
import java.awt.Frame;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Overlay;
import ij.gui.Roi;

import org.semanticinpaint.engine.Provenance;
import org.semanticinpaint.ij.TestImages;

/**
 * In a real ImageJ window (run by {@link UndoRecordIT} on Xvfb): Propose, then the palette's Render into the
 * original puts the fill and its record (the overlay outline named 'inpainted', the Info section) on the image;
 * Edit>Undo takes both away, Redo brings both back. The user's own overlay and Info lines survive throughout.
 * Args: screenshot folder, model name. Exits 0 when every check passed.
 */
public final class UndoRecordDriver {

	public static void main(String[] args) {
		try {
			run(args);
		}
		catch (Throwable t) {
			t.printStackTrace(System.out);
			GuiDriver.fail(t.toString());
		}
	}

	static void run(String[] args) throws Exception {
		Path out = Files.createDirectories(Paths.get(args[0]));
		GuiDriver.shots = out;
		String model = args.length > 1 ? args[1] : "em-nanoparticles";
		GuiDriver.robot = new Robot();
		GuiDriver.robot.setAutoDelay(15);
		ImageJ ij = new ImageJ();
		ij.setLocation(0, 0);
		ImagePlus imp = TestImages.micrograph8();
		imp.setProperty("Info", "Microscope: test\n");
		Overlay mine = new Overlay(new Roi(5, 5, 20, 20));
		imp.setOverlay(mine);
		GuiDriver.showWithHole(imp);
		byte[] original = ((byte[]) imp.getProcessor().getPixels()).clone();
		settle();

		IJ.run(imp, "Propose...", "model=" + model + " mask=selection");
		waitFor(() -> frame("Classes: ") != null, "the class palette");
		Frame palette = frame("Classes: ");
		ImagePlus labels = WindowManager.getImage(imp.getShortTitle() + "-labels");
		labels.getWindow().setLocation(imp.getWindow().getX() + imp.getWindow().getWidth() + 10, 120);
		palette.setLocation(labels.getWindow().getX() + labels.getWindow().getWidth() + 10, 120);
		settle();
		click((Button) find(palette, "render-in-place"));
		waitFor(() -> !Arrays.equals(original, (byte[]) imp.getProcessor().getPixels()), "the fill in place");
		waitFor(() -> recorded(imp), "the record on the image");
		check(outlines(imp) == 1, "one outline named '" + Provenance.ROI_NAME + "' in the overlay");
		check(imp.getInfoProperty().startsWith("Microscope: test\n"), "the image's own Info lines are kept");
		check(imp.getInfoProperty().contains("Inpainting labels: proposed"), "the Info says the labels were proposed");
		imp.deleteRoi();
		imp.getWindow().toFront();
		settle();
		shot(out.resolve("6-in-place-record.png"));

		undo(imp);
		waitFor(() -> Arrays.equals(original, (byte[]) imp.getProcessor().getPixels()), "Undo restoring the pixels");
		settle();
		check(outlines(imp) == 0, "Undo removed the outline (" + outlines(imp) + " left)");
		check(!imp.getInfoProperty().contains(Provenance.BEGIN), "Undo removed the record from the Info:\n" +
			imp.getInfoProperty());
		check(imp.getInfoProperty().startsWith("Microscope: test"), "the image's own Info is still there");
		check(imp.getOverlay() != null && imp.getOverlay().size() == 1, "the image's own overlay is still there");

		undo(imp); // ImageJ's Undo of a filter is also its Redo
		waitFor(() -> !Arrays.equals(original, (byte[]) imp.getProcessor().getPixels()), "Redo");
		settle();
		check(outlines(imp) == 1 && recorded(imp), "Redo brought the fill's record back with it");
		System.out.println("UNDO RECORD OK");
		Runtime.getRuntime().halt(0);
	}

	/** Edit>Undo on the image, as the menu runs it (the image must be the current one). */
	static void undo(ImagePlus imp) throws Exception {
		imp.getWindow().toFront();
		WindowManager.setCurrentWindow(imp.getWindow());
		waitFor(() -> WindowManager.getCurrentImage() == imp, "the image to be the current one");
		IJ.doCommand("Undo");
	}

	static boolean recorded(ImagePlus imp) {
		String info = imp.getInfoProperty();
		return info != null && info.contains(Provenance.BEGIN) && info.contains(Provenance.END);
	}

	static int outlines(ImagePlus imp) {
		Overlay o = imp.getOverlay();
		if (o == null) return 0;
		int n = 0;
		for (Roi r : o.toArray()) if (Provenance.ROI_NAME.equals(r.getName())) n++;
		return n;
	}
}
