//! Which graphics adapter draws the window (wgpu): a real GPU when there is one — DX12 first on
//! Windows, Vulkan then GL elsewhere — and a software one (WARP, lavapipe, llvmpipe) as the last
//! resort, so a machine without OpenGL 2, such as a Remote Desktop session, still gets a window.
//! When a graphics interface cannot make a device (an old driver, a virtual machine, Wine), the
//! next one is tried ([`attempts`]); `WGPU_BACKEND` names the one to use instead.

use std::sync::Arc;

use eframe::egui_wgpu::{WgpuConfiguration, WgpuSetupCreateNew};
use eframe::wgpu;

/// The graphics interfaces to open the window with, one after another until one works:
/// Direct3D 12 (with its software adapter WARP), Vulkan, then OpenGL on Windows; Vulkan then
/// OpenGL elsewhere (Linux). `WGPU_BACKEND` (e.g. `gl`, `dx12`, `vulkan`) overrides the list.
///
/// Returns the interfaces to try and those already found not to work: on Windows, Direct3D 12
/// is first asked of a child process ([`super::graphics_probe`]), as its failing can end the
/// process instead of returning an error.
pub fn attempts() -> (Vec<wgpu::Backends>, Vec<String>) {
    let chosen = wgpu::Backends::from_env();
    let mut plan = attempts_for(chosen);
    let mut failed = Vec::new();
    if chosen.is_none()
        && plan.first() == Some(&wgpu::Backends::DX12)
        && !super::graphics_probe::probe_in_child("dx12")
    {
        plan.remove(0);
        failed.push(backends_name(wgpu::Backends::DX12));
    }
    (plan, failed)
}

fn attempts_for(chosen: Option<wgpu::Backends>) -> Vec<wgpu::Backends> {
    use wgpu::Backends;
    match chosen {
        Some(chosen) => vec![chosen],
        None if cfg!(windows) => vec![Backends::DX12, Backends::VULKAN, Backends::GL],
        None => vec![Backends::VULKAN, Backends::GL],
    }
}

/// The everyday name of a set of graphics interfaces ("Direct3D 12", "Vulkan/OpenGL").
pub fn backends_name(backends: wgpu::Backends) -> String {
    let names: Vec<&str> = [
        wgpu::Backend::Dx12,
        wgpu::Backend::Vulkan,
        wgpu::Backend::Metal,
        wgpu::Backend::Gl,
    ]
    .into_iter()
    .filter(|backend| backends.contains(wgpu::Backends::from(*backend)))
    .map(api_name)
    .collect();
    names.join("/")
}

/// eframe's wgpu settings for `backends`, with normcheck's adapter choice (see [`pick_adapter`]).
pub fn wgpu_options(backends: wgpu::Backends) -> WgpuConfiguration {
    let mut setup = WgpuSetupCreateNew::without_display_handle();
    setup.instance_descriptor.backends = backends;
    setup.native_adapter_selector = Some(Arc::new(pick_adapter));
    WgpuConfiguration {
        wgpu_setup: setup.into(),
        ..Default::default()
    }
}

/// How much an adapter is wanted (see [`preference`]): lower is better.
pub fn preference_of(info: &wgpu::AdapterInfo) -> (bool, u8, u8) {
    preference(info.backend, info.device_type)
}

/// Picks the most preferred adapter (by [`preference`]) that can draw to the window.
fn pick_adapter(
    adapters: &[wgpu::Adapter],
    surface: Option<&wgpu::Surface<'_>>,
) -> Result<wgpu::Adapter, String> {
    adapters
        .iter()
        .filter(|a| surface.is_none_or(|s| a.is_surface_supported(s)))
        .min_by_key(|a| {
            let info = a.get_info();
            preference(info.backend, info.device_type)
        })
        .cloned()
        .ok_or_else(|| {
            let found: Vec<String> = adapters
                .iter()
                .map(|a| {
                    let info = a.get_info();
                    format!("{} ({:?})", info.name, info.backend)
                })
                .collect();
            format!(
                "no graphics adapter can draw the window (found: {})",
                if found.is_empty() {
                    "none".to_owned()
                } else {
                    found.join(", ")
                }
            )
        })
}

/// How much an adapter is wanted: lower is better. Any hardware adapter beats a software one;
/// then the platform's own API (DX12 on Windows, Vulkan elsewhere, GL last); then a discrete
/// GPU before an integrated, virtual or unknown one.
fn preference(backend: wgpu::Backend, device: wgpu::DeviceType) -> (bool, u8, u8) {
    let software = device == wgpu::DeviceType::Cpu;
    let api = match backend {
        wgpu::Backend::Dx12 if cfg!(windows) => 0,
        wgpu::Backend::Metal | wgpu::Backend::Vulkan => 1,
        wgpu::Backend::Dx12 => 2,
        wgpu::Backend::Gl => 3,
        _ => 4,
    };
    let kind = match device {
        wgpu::DeviceType::DiscreteGpu => 0,
        wgpu::DeviceType::IntegratedGpu => 1,
        wgpu::DeviceType::VirtualGpu => 2,
        wgpu::DeviceType::Other => 3,
        wgpu::DeviceType::Cpu => 4,
    };
    (software, api, kind)
}

/// The status-bar line saying what draws the window, and which interfaces failed before it.
pub fn drawing_notice(info: &wgpu::AdapterInfo, failed: &[String]) -> String {
    let drawing = software_notice(info).unwrap_or_else(|| {
        crate::ui_t!(
            "status-drawing",
            adapter = info.name.trim().to_owned(),
            api = api_name(info.backend)
        )
    });
    if failed.is_empty() {
        return drawing;
    }
    let failed = crate::ui_t!("status-backend-failed", failed = failed.join(", "));
    format!("{failed} {drawing}")
}

/// The status-bar line for a software adapter (drawn by the processor, not a graphics card),
/// or `None` for a real GPU.
fn software_notice(info: &wgpu::AdapterInfo) -> Option<String> {
    (info.device_type == wgpu::DeviceType::Cpu).then(|| {
        crate::ui_t!(
            "status-software-drawing",
            adapter = info.name.trim().to_owned(),
            api = api_name(info.backend)
        )
    })
}

/// The graphics interface's everyday name.
fn api_name(backend: wgpu::Backend) -> &'static str {
    match backend {
        wgpu::Backend::Dx12 => "Direct3D 12",
        wgpu::Backend::Vulkan => "Vulkan",
        wgpu::Backend::Gl => "OpenGL",
        wgpu::Backend::Metal => "Metal",
        _ => "an unknown graphics interface",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wgpu::{Backend, DeviceType};

    #[test]
    fn any_graphics_card_is_preferred_to_a_software_adapter() {
        for backend in [Backend::Dx12, Backend::Vulkan, Backend::Gl] {
            assert!(
                preference(Backend::Gl, DeviceType::VirtualGpu)
                    < preference(backend, DeviceType::Cpu)
            );
        }
    }

    #[test]
    fn gl_is_the_last_choice_for_the_same_kind_of_adapter() {
        for device in [DeviceType::IntegratedGpu, DeviceType::Cpu] {
            assert!(preference(Backend::Vulkan, device) < preference(Backend::Gl, device));
            assert!(preference(Backend::Dx12, device) < preference(Backend::Gl, device));
        }
    }

    #[cfg(windows)]
    #[test]
    fn on_windows_dx12_comes_first_and_warp_beats_software_gl() {
        let gpu = DeviceType::IntegratedGpu;
        assert!(preference(Backend::Dx12, gpu) < preference(Backend::Vulkan, gpu));
        let cpu = DeviceType::Cpu;
        assert!(preference(Backend::Dx12, cpu) < preference(Backend::Gl, cpu));
    }

    #[cfg(not(windows))]
    #[test]
    fn off_windows_vulkan_comes_before_dx12() {
        let gpu = DeviceType::DiscreteGpu;
        assert!(preference(Backend::Vulkan, gpu) < preference(Backend::Dx12, gpu));
    }

    fn adapter(name: &str, backend: Backend, device_type: DeviceType) -> wgpu::AdapterInfo {
        wgpu::AdapterInfo {
            name: name.to_owned(),
            ..wgpu::AdapterInfo::new(device_type, backend)
        }
    }

    #[test]
    fn a_software_adapter_is_named_in_the_status_bar() {
        let warp = adapter(
            "Microsoft Basic Render Driver",
            Backend::Dx12,
            DeviceType::Cpu,
        );
        let notice = software_notice(&warp).unwrap();
        assert!(notice.contains("No graphics card"), "{notice}");
        assert!(
            notice.contains("Microsoft Basic Render Driver via Direct3D 12"),
            "{notice}"
        );
    }

    #[test]
    fn a_graphics_card_is_named_with_its_interface() {
        let gpu = adapter("Intel UHD 620", Backend::Dx12, DeviceType::IntegratedGpu);
        assert_eq!(software_notice(&gpu), None);
        let notice = drawing_notice(&gpu, &[]);
        assert!(
            notice.contains("Direct3D 12") && notice.contains("Intel UHD 620"),
            "{notice}"
        );
    }

    #[test]
    fn the_interfaces_that_failed_first_are_named_before_the_one_drawing() {
        let llvmpipe = adapter("llvmpipe", Backend::Gl, DeviceType::Cpu);
        let failed = ["Direct3D 12".to_owned(), "Vulkan".to_owned()];
        let notice = drawing_notice(&llvmpipe, &failed);
        let (before, after) = notice.split_once("Direct3D 12, Vulkan").unwrap();
        assert!(before.is_empty(), "{notice}");
        assert!(after.contains("llvmpipe via OpenGL"), "{notice}");
    }

    #[test]
    fn windows_tries_direct3d_then_vulkan_then_opengl_unless_told_which() {
        use wgpu::Backends;
        let plan = attempts_for(None);
        let names: Vec<String> = plan.iter().map(|b| backends_name(*b)).collect();
        if cfg!(windows) {
            assert_eq!(names, ["Direct3D 12", "Vulkan", "OpenGL"]);
        } else {
            assert_eq!(names, ["Vulkan", "OpenGL"]);
        }
        assert_eq!(attempts_for(Some(Backends::GL)), vec![Backends::GL]);
    }
}
