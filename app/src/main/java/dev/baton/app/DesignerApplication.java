// SPDX-License-Identifier: Apache-2.0
package dev.baton.app;

import dev.baton.app.document.ModelDesignStore;
import dev.baton.app.edit.Selection;
import dev.baton.app.shell.Dialogs;
import dev.baton.app.shell.MainWindow;
import dev.baton.app.validation.ModelValidation;
import dev.baton.model.NodeId;
import dev.baton.themes.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The designer. Arguments: an optional design file to open, and options {@code --theme=light|dark|high-contrast},
 * {@code --screenshot=FILE} (save a PNG of the window after start-up and exit; for docs and checks),
 * {@code --select=NODE_ID} and {@code --layout} (auto-layout first) to set up a screenshot.
 */
public final class DesignerApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DesignerApplication.class);

    @Override
    public void start(Stage stage) throws IOException {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        Path settings = options.screenshot() != null ? Files.createTempDirectory("baton-shot")
                : Path.of(System.getProperty("baton.home", System.getProperty("user.home") + "/.baton"));
        MainWindow window = new MainWindow(stage,
                new MainWindow.Config(new ModelDesignStore(), new ModelValidation(), settings, options.theme()),
                owner -> options.screenshot() != null ? new LoggingDialogs() : Dialogs.forWindow(owner));
        if (options.screenshot() != null) {
            // A screenshot shows the design as large as the screen allows, like a maximised window would.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        }
        window.show(options.file());
        if (options.layout()) {
            window.autoLayout();
        }
        if (options.select() != null) {
            window.document().select(Selection.ofNode(new NodeId(options.select())));
        }
        if (options.screenshot() != null) {
            PauseTransition wait = new PauseTransition(Duration.millis(1200));
            wait.setOnFinished(e -> {
                try {
                    // Under Xvfb the window may reach its final size only now; lay out, fit and draw at that size, or
                    // the snapshot's own layout pass would show a freshly resized, still blank canvas.
                    window.scene().getRoot().applyCss();
                    window.scene().getRoot().layout();
                    if (options.file() != null) {
                        window.canvas().zoomToOpen();
                    }
                    window.canvas().redrawNow();
                    var image = window.scene().snapshot(null);
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", options.screenshot().toFile());
                    LOG.info("screenshot written to {}", options.screenshot());
                } catch (IOException ex) {
                    LOG.error("could not write the screenshot {}", options.screenshot(), ex);
                }
                Platform.exit();
            });
            wait.play();
        }
    }

    /** Dialogs for screenshot runs: nobody is there to answer, so log and take the safe choice. */
    private static final class LoggingDialogs implements Dialogs {
        @Override
        public java.util.Optional<Path> chooseFileToOpen() {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<Path> chooseFileToSave(String name, String extension, String description) {
            return java.util.Optional.empty();
        }

        @Override
        public UnsavedChoice askUnsavedChanges(String documentName) {
            return UnsavedChoice.DISCARD;
        }

        @Override
        public boolean askRestore(String description) {
            return false;
        }

        @Override
        public void showError(String title, String message) {
            LOG.error("{}: {}", title, message);
        }
    }
}
