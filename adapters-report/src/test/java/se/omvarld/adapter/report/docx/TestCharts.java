package se.omvarld.adapter.report.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import se.omvarld.adapter.report.document.Chart;

/** A stand-in for the real chart painter: a small PNG with one bar per point, drawn with {@code java.awt}. */
final class TestCharts {

    static final int WIDTH = 320;
    static final int HEIGHT = 180;

    private TestCharts() {
    }

    static byte[] png(Chart chart) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, WIDTH, HEIGHT);
        graphics.setColor(new Color(0x1f5f8b));
        int bars = Math.max(1, chart.points().size());
        for (int i = 0; i < chart.points().size(); i++) {
            graphics.fillRect(10 + i * (WIDTH - 20) / bars, 40, (WIDTH - 20) / bars - 6, HEIGHT - 50);
        }
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
