// The side panel every create/edit form opens in (mounted while the form is open): full width on phones, "Hủy" and "Lưu" in the footer.
import type { ReactNode } from 'react'
import { Button, Drawer, Flex, Grid } from 'antd'

interface Props {
  title: ReactNode
  onClose: () => void
  /** id of the <Form> inside; the "Lưu" button submits it. */
  formId: string
  saving: boolean
  /** View only: no "Lưu" (for roles that may read but not write). */
  readOnly?: boolean
  children: ReactNode
}

export function FormDrawer({ title, onClose, formId, saving, readOnly = false, children }: Props) {
  const screens = Grid.useBreakpoint()
  return (
    <Drawer
      title={title}
      open
      onClose={onClose}
      size={screens.md ? 600 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="end" gap="small">
          <Button onClick={onClose}>{readOnly ? 'Đóng' : 'Hủy'}</Button>
          {!readOnly && (
            <Button type="primary" htmlType="submit" form={formId} loading={saving} data-testid="form-save">
              Lưu
            </Button>
          )}
        </Flex>
      }
    >
      {children}
    </Drawer>
  )
}
