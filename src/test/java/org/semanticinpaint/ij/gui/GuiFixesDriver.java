package org.semanticinpaint.ij.gui;

import static org.semanticinpaint.ij.gui.GuiDriver.check;
import static org.semanticinpaint.ij.gui.GuiDriver.click;
import static org.semanticinpaint.ij.gui.GuiDriver.find;
import static org.semanticinpaint.ij.gui.GuiDriver.frame;
import static org.semanticinpaint.ij.gui.GuiDriver.hasCommand;
import static org.semanticinpaint.ij.gui.GuiDriver.settle;
import static org.semanticinpaint.ij.gui.GuiDriver.waitFor;

import java.awt.Button;
import java.awt.Color;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.imageio.ImageIO;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.ImageCanvas;
import ij.gui.OvalRoi;
import ij.gui.Toolbar;

import org.semanticinpaint.ij.TestImages;

/**
 * The GUI rough edges of issue 21, checked in a real ImageJ on a 1280 x 1024 Xvfb screen ({@link GuiFixesIT}):
 * the palette fully on screen, the label window beside the original, the class colour only on the label image,
 * unique titles, "..." in the menu, the buttons' texts and the status hint. Full-screen screenshots.
 */
public final class GuiFixesDriver {

	public static void main(String[] args) {
		try {
			run(Files.createDirectories(Paths.get(args[0])), args.length > 1 ? args[1] : "em-nanoparticles");
		}
		catch (Throwable t) {
			t.printStackTrace(System.out);
			GuiDriver.fail(t.toString());
		}
	}

	static void run(Path out, String model) throws Exception {
		GuiDriver.shots = out;
		GuiDriver.robot = new Robot();
		GuiDriver.robot.setAutoDelay(15);
		ImageJ ij = new ImageJ();
		ij.setLocation(0, 0);
		check(hasCommand("Propose...") && hasCommand("Render...") && hasCommand("Inpaint...") &&
			hasCommand("Inpaint Folder...") && !hasCommand("Propose"), "menu entries that open a dialog end in ...");
		Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
		ImagePlus imp = TestImages.micrograph8();
		imp.show();
		waitFor(() -> imp.getWindow() != null && imp.getWindow().isShowing(), "image window");
		// far right, as on the 1600-pixel screen where the palette used to open off-screen
		imp.getWindow().setLocation(screen.width - imp.getWindow().getWidth() - 20, 140);
		int cx = imp.getWidth() / 2, cy = imp.getHeight() / 2;
		imp.setRoi(new OvalRoi(cx - 40, cy - 35, 80, 70));
		Color user = new Color(30, 200, 120); // no class colour of the bundle
		Toolbar.setForegroundColor(user);
		settle();

		IJ.run(imp, "Propose...", "model=" + model + " mask=selection");
		waitFor(() -> frame("Classes: ") != null, "the class palette");
		Frame palette = frame("Classes: ");
		ImagePlus labels = WindowManager.getImage(imp.getShortTitle() + "-labels");
		check(labels != null && labels.getWindow() != null, "the label window");
		settle();
		check(!labels.getWindow().getBounds().intersects(imp.getWindow().getBounds()),
			"the label window does not cover the original: " + labels.getWindow().getBounds() + " / " +
				imp.getWindow().getBounds());
		check(screen.contains(palette.getBounds()), "the palette is fully on screen: " + palette.getBounds());
		check(screen.contains(labels.getWindow().getBounds()), "the label window is on screen");
		check("Render into original (Undo restores)".equals(((Button) find(palette, "render-in-place")).getLabel()) &&
			"Render into a new image".equals(((Button) find(palette, "render-new")).getLabel()), "the buttons' texts");
		check(ImageJ.getStatusBarText().contains("Darker square"), "the status explains the context square: " +
			ImageJ.getStatusBarText());
		fullShot(out.resolve("fix-1-beside-on-screen.png"));
		classColourOnlyOnTheLabelImage(imp, labels, palette, user);
		uniqueTitles(imp, model, screen);
		fullShot(out.resolve("fix-2-unique-titles.png"));
		System.out.println("GUI FIXES OK");
		Runtime.getRuntime().halt(0);
	}

	static void classColourOnlyOnTheLabelImage(ImagePlus imp, ImagePlus labels, Frame palette, Color user)
		throws Exception
	{
		Button pick = (Button) find(palette, "class-1");
		check(!pick.getBackground().equals(user), "the user's colour differs from the class colour");
		// the palette is placed beside the label window after it opens: click it once it stays where it is
		java.awt.Point[] last = { null };
		eventually(() -> {
			java.awt.Point now = pick.isShowing() ? pick.getLocationOnScreen() : null;
			boolean still = now != null && now.equals(last[0]);
			last[0] = now;
			return still;
		});
		// without a window manager the first click on an inactive frame is sometimes taken as its activation
		// only: click again, as a person would, up to three times
		boolean picked = false;
		for (int attempt = 0; attempt < 3 && !picked; attempt++) {
			click(pick);
			picked = eventually(() -> Toolbar.getForegroundColor().equals(pick.getBackground()));
		}
		check(picked, "picking a class sets its colour: " + Toolbar.getForegroundColor());
		// Xvfb has no window manager to activate a window when it is clicked, so the driver activates it as one
		// would, then clicks into it (selecting, not painting); the colour must follow the active image
		IJ.setTool("rectangle");
		activate(labels.getWindow());
		clickCanvas(labels.getCanvas(), 5, 5);
		check(eventually(() -> Toolbar.getForegroundColor().equals(pick.getBackground())),
			"the class colour is set for the label image: " + Toolbar.getForegroundColor());
		activate(imp.getWindow());
		clickCanvas(imp.getCanvas(), 5, 5);
		check(eventually(() -> WindowManager.getCurrentImage() == imp), "the original is active");
		check(eventually(() -> Toolbar.getForegroundColor().equals(user)), "the original gets the user's colour back: " +
			Toolbar.getForegroundColor());
		activate(labels.getWindow());
		clickCanvas(labels.getCanvas(), 5, 5);
		check(eventually(() -> Toolbar.getForegroundColor().equals(pick.getBackground())),
			"back on the label image, the class colour: " + Toolbar.getForegroundColor());
	}

	/** What a window manager does on a click: the window comes to the front and gets the focus. */
	static void activate(java.awt.Window w) throws Exception {
		w.toFront();
		w.requestFocus();
		eventually(w::isActive);
	}

	/** Whether a condition holds within 5 s (events are processed in between). */
	static boolean eventually(java.util.function.BooleanSupplier ok) throws Exception {
		long end = System.currentTimeMillis() + 5000;
		while (!ok.getAsBoolean()) {
			if (System.currentTimeMillis() > end) return false;
			settle();
		}
		return true;
	}

	static void uniqueTitles(ImagePlus imp, String model, Rectangle screen) throws Exception {
		int cx = imp.getWidth() / 2, cy = imp.getHeight() / 2;
		imp.setRoi(new OvalRoi(cx - 40, cy - 35, 80, 70));
		IJ.run(imp, "Propose...", "model=" + model + " mask=selection");
		waitFor(() -> WindowManager.getImage(imp.getShortTitle() + "-labels-1") != null, "a second label window");
		for (int i = 0; i < 2; i++) {
			imp.setRoi(new OvalRoi(cx - 40, cy - 35, 80, 70));
			IJ.run(imp, "Inpaint...", "model=" + model + " mask=selection labels=proposed planes=[current plane] " +
				"output=[new image]");
		}
		waitFor(() -> WindowManager.getImage(imp.getShortTitle() + "-inpainted-1") != null, "a second result");
		check(WindowManager.getImage(imp.getShortTitle() + "-inpainted") != null, "unique titles: -labels, -labels-1, " +
			"-inpainted, -inpainted-1");
		// no window manager draws title bars on Xvfb: the Log lists the titles for the screenshot
		for (String title : WindowManager.getImageTitles()) IJ.log("image window: " + title);
		waitFor(() -> WindowManager.getWindow("Log") != null && WindowManager.getWindow("Log").isShowing(), "the Log");
		WindowManager.getWindow("Log").setLocation(screen.width - 420, screen.height - 260);
		WindowManager.getWindow("Log").setSize(400, 220);
		settle();
	}

	static void clickCanvas(ImageCanvas c, int x, int y) {
		Point o = c.getLocationOnScreen();
		GuiDriver.robot.mouseMove(o.x + c.screenX(x), o.y + c.screenY(y));
		GuiDriver.robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		GuiDriver.robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
	}

	static void fullShot(Path file) throws Exception {
		ImageIO.write(GuiDriver.robot.createScreenCapture(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize())),
			"png", file.toFile());
	}
}
