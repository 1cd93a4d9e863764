//! Whether a graphics interface can make a device at all, asked in a separate process. Some
//! drivers do not return an error when they cannot: they end the process (under Wine without a
//! GPU, Direct3D 12's vkd3d stops on an assertion; old Windows drivers can crash the same way).
//! Asked in a child process (`normcheck probe-graphics dx12`, hidden), such a failure costs
//! only the child, and the window is opened with the next interface instead.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use eframe::egui_wgpu::WgpuSetupCreateNew;
use eframe::wgpu;

/// How long a probe may take before it counts as failed (a hung driver).
const PROBE_TIMEOUT: Duration = Duration::from_secs(20);

/// The name of the hidden command that probes one interface (see [`probe_here`]).
pub const PROBE_COMMAND: &str = "probe-graphics";

/// Whether `backend` (a `WGPU_BACKEND` word: "dx12", "vulkan", "gl") makes a device, asked of
/// a child process of this program; `false` when the child fails, crashes or hangs.
pub fn probe_in_child(backend: &str) -> bool {
    let Ok(program) = std::env::current_exe() else {
        return true; // Cannot ask: try it in this process as before.
    };
    let child = Command::new(program)
        .args([PROBE_COMMAND, backend])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else {
        return true;
    };
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status.success(),
            Ok(None) if start.elapsed() < PROBE_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(20));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return false;
            }
        }
    }
}

/// The probe itself, run in the child: makes a device with `backend` the way the window would
/// and returns the adapter's name, or why it could not.
pub fn probe_here(backend: &str) -> Result<String, String> {
    let backends = wgpu::Backends::from_comma_list(backend);
    if backends.is_empty() {
        return Err(format!("unknown graphics interface {backend:?}"));
    }
    let mut setup = WgpuSetupCreateNew::without_display_handle();
    setup.instance_descriptor.backends = backends;
    let device_descriptor = std::sync::Arc::clone(&setup.device_descriptor);
    let instance = wgpu::Instance::new(setup.instance_descriptor);
    let adapters = pollster::block_on(instance.enumerate_adapters(backends));
    let adapter = adapters
        .iter()
        .min_by_key(|a| super::renderer::preference_of(&a.get_info()))
        .ok_or_else(|| "no adapter".to_owned())?;
    pollster::block_on(adapter.request_device(&device_descriptor(adapter)))
        .map_err(|e| e.to_string())?;
    Ok(adapter.get_info().name)
}
