// The official look: a deep red primary colour and the Be Vietnam Pro typeface.
import type { ThemeConfig } from 'antd'

export const PRIMARY_COLOR = '#b71c1c'

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY_COLOR,
    colorLink: PRIMARY_COLOR,
    fontFamily: "'Be Vietnam Pro', system-ui, sans-serif",
    borderRadius: 6,
  },
  components: {
    Layout: { headerBg: PRIMARY_COLOR, headerHeight: 56, headerPadding: '0 16px', siderBg: '#ffffff', bodyBg: '#f5f5f5' },
    Menu: { itemSelectedBg: '#fdecea' },
  },
}
